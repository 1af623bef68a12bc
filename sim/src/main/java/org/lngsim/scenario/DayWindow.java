package org.lngsim.scenario;

import org.lngsim.model.Units;

/** A span of simulated days [startDay, endDay) counted from the scenario start. */
public record DayWindow(double startDay, double endDay) {

    public DayWindow {
        if (!(endDay > startDay)) {
            throw new IllegalArgumentException("a window must end after it starts: " + startDay + ".." + endDay);
        }
    }

    public boolean contains(double day) {
        return day >= startDay && day < endDay;
    }

    public double startHours() {
        return Units.daysToHours(startDay);
    }

    public double endHours() {
        return Units.daysToHours(endDay);
    }
}
