package org.lngsim.events;

/** A laden ship took a berth and began unloading. */
public record CargoBerthed(double timeHours, String vesselId, String cargoId, String terminalId, double waitedHours) implements SimEvent {

    @Override
    public String type() {
        return "cargo-berthed";
    }

    @Override
    public void describe(EventRow row) {
        row.vessel(vesselId).cargo(cargoId).terminal(terminalId).value(waitedHours, "h waited");
    }
}
