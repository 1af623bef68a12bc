package org.lngsim.events;

/** A cargo still aboard when the run ends: its mass is in transit. */
public record CargoAtSeaAtEnd(double timeHours, String vesselId, String cargoId, String terminalId, String importerId, double massT, double boilOffT) implements SimEvent {

    @Override
    public String type() {
        return "cargo-at-sea-at-end";
    }

    @Override
    public void describe(EventRow row) {
        row.vessel(vesselId).cargo(cargoId).terminal(terminalId).importer(importerId).massT(massT).value(boilOffT, "t boil-off");
    }
}
