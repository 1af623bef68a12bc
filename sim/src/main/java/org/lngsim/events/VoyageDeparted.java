package org.lngsim.events;

/** A ship sailed, laden or in ballast, on a route of known length. */
public record VoyageDeparted(double timeHours, String vesselId, String cargoId, String fromId, String toId, boolean laden, double distanceNm, double plannedArrivalHours, String chokepoints) implements SimEvent {

    @Override
    public String type() {
        return "voyage-departed";
    }

    @Override
    public void describe(EventRow row) {
        row.vessel(vesselId).cargo(cargoId).plant(fromId).terminal(toId).value(distanceNm, "nm").detail((laden ? "laden" : "ballast") + " via " + (chokepoints.isEmpty() ? "open sea" : chokepoints) + "; planned arrival " + Numbers.format(plannedArrivalHours) + " h");
    }
}
