package org.lngsim.events;

/** A ship stopped at a chokepoint's entrance: closed, or over its daily transits. */
public record VesselHeld(double timeHours, String vesselId, String cargoId, String chokepointId, String reason) implements SimEvent {

    @Override
    public String type() {
        return "vessel-held";
    }

    @Override
    public void describe(EventRow row) {
        row.vessel(vesselId).cargo(cargoId).chokepoint(chokepointId).detail(reason);
    }
}
