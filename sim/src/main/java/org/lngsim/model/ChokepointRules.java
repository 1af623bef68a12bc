package org.lngsim.model;

import java.util.List;

/**
 * What a chokepoint allows at an hour, from the closures and restrictions that apply to it: shut,
 * open with a cap on transits a day and an extra delay, or open without limit. A closure with a
 * partial reopening allows {@code capacityPct} of normal transits from its reopening hour, rising
 * linearly to all of them over {@code rampHours}. Pure.
 */
public final class ChokepointRules {

    private ChokepointRules() {
    }

    /** A closure [startHour, endHour), optionally partially reopened from {@code reopeningHour}. */
    public record Closure(double startHour, double endHour, double reopeningHour, double capacityPct, double rampHours) {

        public static Closure full(double startHour, double endHour) {
            return new Closure(startHour, endHour, Double.NaN, 0, 0);
        }
    }

    /** A restriction [startHour, endHour): at most {@code transitsPerDay}, each delayed. */
    public record Restriction(double startHour, double endHour, double transitsPerDay, double extraDelayHours) {
    }

    /** The state at one hour; {@code transitsPerDay} is infinite when unlimited. */
    public record State(boolean closed, double transitsPerDay, double extraDelayHours) {

        public static final State OPEN = new State(false, Double.POSITIVE_INFINITY, 0);

        public boolean limited() {
            return !closed && !Double.isInfinite(transitsPerDay);
        }
    }

    public static State at(double hour, List<Closure> closures, List<Restriction> restrictions, double normalTransitsPerDay) {
        boolean closed = false;
        double transits = Double.POSITIVE_INFINITY;
        double delay = 0;
        for (Closure closure : closures) {
            if (hour < closure.startHour() || hour >= closure.endHour()) {
                continue;
            }
            if (Double.isNaN(closure.reopeningHour()) || hour < closure.reopeningHour()) {
                closed = true;
            } else {
                double ramp = closure.rampHours() <= 0 ? 1.0 : Math.min(1.0, (hour - closure.reopeningHour()) / closure.rampHours());
                double pct = closure.capacityPct() + (100.0 - closure.capacityPct()) * ramp;
                transits = Math.min(transits, normalTransitsPerDay * pct / 100.0);
            }
        }
        for (Restriction restriction : restrictions) {
            if (hour >= restriction.startHour() && hour < restriction.endHour()) {
                transits = Math.min(transits, restriction.transitsPerDay());
                delay = Math.max(delay, restriction.extraDelayHours());
            }
        }
        if (closed || transits <= 0) {
            return new State(true, 0, delay);
        }
        return new State(false, transits, delay);
    }
}
