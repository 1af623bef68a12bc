package org.lngsim.events;

/**
 * A gas pool's allocation order lifted: the supply lost, net of the replacement cargoes counted
 * ({@code replacementSupplyMmscmd}), fell below the lift threshold.
 */
public record AllocationOrderLifted(double timeHours, String poolId, double lostSupplyMmscmd, double lostSupplyPct,
        double replacementSupplyMmscmd, double liftLostSupplyPct, double daysOfCover, double daysInForce) implements SimEvent {

    @Override
    public String type() {
        return "allocation-order-lifted";
    }

    @Override
    public void describe(EventRow row) {
        row.entity(poolId).value(lostSupplyMmscmd, "mmscmd").detail(String.format(java.util.Locale.ROOT,
                "contracted supply lost %.1f%% of demand net of %.1f mmscmd of replacement cargoes (lift below %.1f%%); region cover %.1f days; in force %.0f days",
                lostSupplyPct, replacementSupplyMmscmd, liftLostSupplyPct, daysOfCover, daysInForce));
    }
}
