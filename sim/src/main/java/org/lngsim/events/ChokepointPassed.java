package org.lngsim.events;

/** A ship passed a chokepoint. */
public record ChokepointPassed(double timeHours, String vesselId, String cargoId, String chokepointId) implements SimEvent {

    @Override
    public String type() {
        return "chokepoint-passed";
    }

    @Override
    public void describe(EventRow row) {
        row.vessel(vesselId).cargo(cargoId).chokepoint(chokepointId);
    }
}
