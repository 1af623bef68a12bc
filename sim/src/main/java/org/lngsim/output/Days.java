package org.lngsim.output;

/** Simulated hours to the day they fall in (day 0 starts at the scenario's start). */
final class Days {

    static final double HOURS_PER_DAY = 24.0;

    private Days() {
    }

    static int of(double timeHours) {
        return (int) Math.floor(timeHours / HOURS_PER_DAY);
    }
}
