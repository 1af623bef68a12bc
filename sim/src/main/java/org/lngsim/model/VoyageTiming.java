package org.lngsim.model;

/** Sailing time and boil-off. Pure. */
public final class VoyageTiming {

    private VoyageTiming() {
    }

    public static double sailingHours(double distanceNm, double speedKn) {
        if (!(speedKn > 0)) {
            throw new IllegalArgumentException("speed must be positive: " + speedKn);
        }
        return distanceNm / speedKn;
    }

    /**
     * Boil-off of a laden cargo over {@code durationHours} at {@code ratePctPerDay} of the cargo
     * per day, compounding (each day boils off a share of what is left).
     */
    public static double boilOffT(double massT, double ratePctPerDay, double durationHours) {
        if (durationHours <= 0 || massT <= 0) {
            return 0.0;
        }
        double remainingShare = Math.pow(1.0 - ratePctPerDay / 100.0, durationHours / Units.HOURS_PER_DAY);
        return massT * (1.0 - remainingShare);
    }
}
