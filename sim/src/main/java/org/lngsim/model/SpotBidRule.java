package org.lngsim.model;

/**
 * A buyer's bid rule: when its projected cover over the lead time of a spot cargo (the lowest
 * cover before a cargo bought today could arrive, counting the cargoes it expects, plus the spot
 * cargoes it has bought that have not yet loaded) falls below its trigger, it bids for enough whole
 * cargoes to bring that projection back to its target, at most a given number a day (a buyer's
 * traders run a few tenders at a time, not a hundred).
 */
public final class SpotBidRule {

    private SpotBidRule() {
    }

    /** The projection with the bought, not yet loaded cargoes added, in days of planned use. */
    public static double coverWithPurchasesDays(double projectedMinCoverDays, double boughtNotLoadedT,
            double plannedDailyUseT) {
        return plannedDailyUseT > 0 ? projectedMinCoverDays + boughtNotLoadedT / plannedDailyUseT : projectedMinCoverDays;
    }

    /** Whole cargoes to bid for today (0 when the projection is at or above the trigger). */
    public static int cargoesToBid(double coverDays, double plannedDailyUseT, double triggerDays, double targetDays,
            double cargoT, int maxCargoesPerDay) {
        if (!(cargoT > 0) || targetDays < triggerDays) {
            throw new IllegalArgumentException("cargo > 0 and target >= trigger required");
        }
        if (coverDays >= triggerDays) {
            return 0;
        }
        double gapT = (targetDays - coverDays) * plannedDailyUseT;
        return (int) Math.min(maxCargoesPerDay, Math.ceil(gapT / cargoT));
    }
}
