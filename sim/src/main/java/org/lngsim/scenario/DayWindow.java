package org.lngsim.scenario;

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
        return startDay * 24.0;
    }

    public double endHours() {
        return endDay * 24.0;
    }
}
