package org.lngsim.protocol;

import java.util.Collection;

/**
 * A party's days of cover projected day by day over a look-ahead window: usable stock plus the
 * arrivals expected by each day, minus expected use, divided by expected daily use. Pure.
 */
public final class CoverProjection {

    private CoverProjection() {
    }

    /** The lowest projected cover (days) over the window, day 0 (now) included. */
    public static double minCoverDays(double usableT, double dailyUseT, Collection<Arrival> arrivals, double nowHour,
            double lookAheadDays) {
        if (dailyUseT <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double min = Double.POSITIVE_INFINITY;
        for (int day = 0; day <= (int) Math.ceil(lookAheadDays); day++) {
            min = Math.min(min, projectedUsableT(usableT, dailyUseT, arrivals, nowHour, day) / dailyUseT);
        }
        return min;
    }

    /** Tonnes to add now so that projected cover never drops below {@code targetDays} in the window. */
    public static double shortfallToTargetT(double usableT, double dailyUseT, Collection<Arrival> arrivals,
            double nowHour, double lookAheadDays, double targetDays) {
        double need = 0;
        for (int day = 0; day <= (int) Math.ceil(lookAheadDays); day++) {
            double usable = projectedUsableT(usableT, dailyUseT, arrivals, nowHour, day);
            need = Math.max(need, targetDays * dailyUseT - usable);
        }
        return need;
    }

    static double projectedUsableT(double usableT, double dailyUseT, Collection<Arrival> arrivals, double nowHour,
            int day) {
        double horizon = nowHour + day * 24.0;
        double arrived = 0;
        for (Arrival arrival : arrivals) {
            if (arrival.hour() <= horizon) {
                arrived += arrival.massT();
            }
        }
        return usableT + arrived - dailyUseT * day;
    }
}
