package org.lngsim.events;

/** A programmed cargo that never loaded (force majeure, no ship can reach the plant, no open route). */
public record CargoCancelled(double timeHours, String contractId, String plantId, String terminalId, String importerId, double plannedMassT, String reason) implements SimEvent {

    public static final String TYPE = "cargo-cancelled";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void describe(EventRow row) {
        row.contract(contractId).plant(plantId).terminal(terminalId).importer(importerId).massT(plannedMassT).detail(reason);
    }
}
