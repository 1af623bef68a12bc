package org.lngsim.events;

/** A laden ship reached its terminal's anchorage. */
public record CargoArrived(double timeHours, String vesselId, String cargoId, String terminalId, double massT) implements SimEvent {

    @Override
    public String type() {
        return "cargo-arrived";
    }

    @Override
    public void describe(EventRow row) {
        row.vessel(vesselId).cargo(cargoId).terminal(terminalId).massT(massT);
    }
}
