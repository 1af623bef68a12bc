package org.lngsim.model;

/** Days of cover = stock above heel ÷ expected daily use. Pure. */
public final class DaysOfCover {

    /** Reported when nothing is expected to be used. */
    public static final double UNBOUNDED = 999.0;

    private DaysOfCover() {
    }

    public static double of(double usableT, double expectedDailyUseT) {
        if (expectedDailyUseT <= 1e-9) {
            return UNBOUNDED;
        }
        return Math.min(UNBOUNDED, Math.max(0.0, usableT) / expectedDailyUseT);
    }
}
