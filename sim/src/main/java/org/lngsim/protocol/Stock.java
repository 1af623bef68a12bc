package org.lngsim.protocol;

import java.util.List;
import java.util.Set;

/**
 * A donor's stock as the floor rule sees it: usable tonnes now, expected use for today and each
 * day of the look-ahead, and the arrivals expected.
 */
public record Stock(double usableT, double[] useByDayT, List<Arrival> arrivals) {

    public Stock {
        useByDayT = useByDayT.clone(); // a record's array is its own: no caller can change it later
        arrivals = List.copyOf(arrivals);
    }

    /** A copy: the record's own array never leaves it. */
    @Override
    public double[] useByDayT() {
        return useByDayT.clone();
    }

    /** Days of cover at the lowest point of the window. */
    public double minCoverDays(double nowHour, double lookAheadDays) {
        return CoverProjection.minCoverDays(usableT, useByDayT, arrivals, nowHour, lookAheadDays);
    }

    /** Tonnes to add now so that cover never drops below {@code targetDays} in the window. */
    public double shortfallToTargetT(double nowHour, double lookAheadDays, double targetDays) {
        return CoverProjection.shortfallToTargetT(usableT, useByDayT, arrivals, nowHour, lookAheadDays, targetDays);
    }

    /** The same stock without the cargoes released so far. */
    Stock without(Set<String> releasedCargoIds) {
        return new Stock(usableT, useByDayT,
                arrivals.stream().filter(a -> !releasedCargoIds.contains(a.cargoId())).toList());
    }
}
