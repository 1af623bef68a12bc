package org.lngsim.model;

/**
 * A buyer's bid rule: when its projected cover (usable stock plus the spot cargoes already bought
 * and on their way, in days of expected use) falls below its trigger, it bids for enough whole
 * cargoes to bring the projection back to its target, at most a given number a day (a buyer's
 * traders run a few tenders at a time, not a hundred).
 */
public final class SpotBidRule {

    private SpotBidRule() {
    }

    /** Projected cover in days; infinite when nothing is used. */
    public static double projectedCoverDays(double usableT, double onTheWayT, double dailyUseT) {
        return DaysOfCover.of(usableT + onTheWayT, dailyUseT);
    }

    /** Whole cargoes to bid for today (0 when the projection is at or above the trigger). */
    public static int cargoesToBid(double usableT, double onTheWayT, double dailyUseT, double triggerDays,
            double targetDays, double cargoT, int maxCargoesPerDay) {
        if (!(cargoT > 0) || targetDays < triggerDays) {
            throw new IllegalArgumentException("cargo > 0 and target >= trigger required");
        }
        if (projectedCoverDays(usableT, onTheWayT, dailyUseT) >= triggerDays) {
            return 0;
        }
        double gapT = targetDays * dailyUseT - usableT - onTheWayT;
        return (int) Math.min(maxCargoesPerDay, Math.ceil(gapT / cargoT));
    }
}
