package org.lngsim.events;

/** One day of a non-power gas demand (an observation). */
public record GasDemandDay(double timeHours, String demandId, String regionId, double requestedT, double servedT) implements SimEvent {

    @Override
    public String type() {
        return "gas-demand-day";
    }

    @Override
    public void describe(EventRow row) {
        row.entity(demandId).massT(servedT);
    }

    @Override
    public boolean isObservation() {
        return true;
    }
}
