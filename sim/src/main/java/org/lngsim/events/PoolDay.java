package org.lngsim.events;

/** One day of a gas pool's supply (an observation). */
public record PoolDay(double timeHours, String poolId, double demandMmscmd, double domesticMmscmd, double biogasMmscmd, double lngMmscmd, double lngT, double unservedMmscmd) implements SimEvent {

    @Override
    public String type() {
        return "pool-day";
    }

    @Override
    public void describe(EventRow row) {
        row.entity(poolId).value(unservedMmscmd, "mmscmd unserved");
    }

    @Override
    public boolean isObservation() {
        return true;
    }
}
