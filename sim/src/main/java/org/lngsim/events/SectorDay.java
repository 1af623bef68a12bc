package org.lngsim.events;

/** One day of a gas-pool sector's allocation (an observation). */
public record SectorDay(double timeHours, String poolId, String sectorId, double demandMmscmd, double servedMmscmd) implements SimEvent {

    @Override
    public String type() {
        return "sector-day";
    }

    @Override
    public void describe(EventRow row) {
        row.entity(poolId + "/" + sectorId).value(servedMmscmd, "mmscmd");
    }

    @Override
    public boolean isObservation() {
        return true;
    }
}
