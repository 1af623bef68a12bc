package org.lngsim.events;

/**
 * A gas pool's allocation order came into force: the supply its contracts lost to force majeure or
 * shut routes, net of the replacement cargoes counted, had stayed at or above the trigger for the
 * decision lag. Carries the net loss, the replacement supply it is net of, and the pool region's
 * days of cover that day (the stock was not the reason, but a reader wants it).
 */
public record AllocationOrderInForce(double timeHours, String poolId, double lostSupplyMmscmd, double lostSupplyPct,
        double replacementSupplyMmscmd, double triggerLostSupplyPct, double daysOfCover) implements SimEvent {

    @Override
    public String type() {
        return "allocation-order-in-force";
    }

    @Override
    public void describe(EventRow row) {
        row.entity(poolId).value(lostSupplyMmscmd, "mmscmd").detail(String.format(java.util.Locale.ROOT,
                "contracted supply lost %.1f%% of demand net of %.1f mmscmd of replacement cargoes (trigger %.1f%%); region cover %.1f days",
                lostSupplyPct, replacementSupplyMmscmd, triggerLostSupplyPct, daysOfCover));
    }
}
