package org.lngsim.events;

/** A ship at sea took a new route (a closure ahead, or a new destination). */
public record VesselRerouted(double timeHours, String vesselId, String cargoId, String toId, double remainingNm, double addedNm, String reason) implements SimEvent {

    @Override
    public String type() {
        return "vessel-rerouted";
    }

    @Override
    public void describe(EventRow row) {
        row.vessel(vesselId).cargo(cargoId).terminal(toId).value(addedNm, "nm").detail(reason + "; " + Numbers.format(remainingNm) + " nm to go");
    }
}
