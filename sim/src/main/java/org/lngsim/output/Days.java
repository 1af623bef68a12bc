package org.lngsim.output;

import org.lngsim.model.Units;

/** Simulated hours to the day they fall in (day 0 starts at the scenario's start). */
final class Days {

    private Days() {
    }

    static int of(double timeHours) {
        return (int) Math.floor(Units.hoursToDays(timeHours));
    }
}
