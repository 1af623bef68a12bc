package org.lngsim.events;

/** A cargo already at sea when the run starts (loaded before day 0): the initial state of shipping. */
public record CargoAtSeaAtStart(double timeHours, String cargoId, String contractId, String vesselId, String plantId, String terminalId, String importerId, double massT) implements SimEvent {

    @Override
    public String type() {
        return "cargo-at-sea-at-start";
    }

    @Override
    public void describe(EventRow row) {
        row.cargo(cargoId).contract(contractId).vessel(vesselId).plant(plantId).terminal(terminalId).importer(importerId).massT(massT);
    }
}
