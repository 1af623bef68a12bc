package org.lngsim.events;

/** A cargo was discharged into a terminal's tanks. */
public record CargoUnloaded(double timeHours, String vesselId, String cargoId, String contractId, String plantId, String terminalId, String importerId, double deliveredT, double boilOffT, boolean redirected) implements SimEvent {

    @Override
    public String type() {
        return "cargo-unloaded";
    }

    @Override
    public void describe(EventRow row) {
        row.vessel(vesselId).cargo(cargoId).contract(contractId).plant(plantId).terminal(terminalId).importer(importerId).massT(deliveredT).value(boilOffT, "t boil-off").detail(redirected ? "redirected" : null);
    }
}
