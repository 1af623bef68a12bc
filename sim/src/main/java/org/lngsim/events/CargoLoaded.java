package org.lngsim.events;

/** A cargo finished loading at a plant under a contract. */
public record CargoLoaded(double timeHours, String cargoId, String contractId, String vesselId, String plantId, String terminalId, String importerId, double massT) implements SimEvent {

    @Override
    public String type() {
        return "cargo-loaded";
    }

    @Override
    public void describe(EventRow row) {
        row.cargo(cargoId).contract(contractId).vessel(vesselId).plant(plantId).terminal(terminalId).importer(importerId).massT(massT);
    }
}
