package org.lngsim.events;

import org.lngsim.protocol.Purpose;

/** A released cargo's ship turned for the requester's terminal. */
public record CargoRedirected(double timeHours, Purpose purpose, String donorId, String requesterId, String cargoId, String vesselId, String toTerminalId, double massT, double addedNm, double extraSailingDays) implements SimEvent {

    /** The {@code type} column of {@code events.csv}, for readers of the file. */
    public static final String TYPE = "cargo-redirected";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void describe(EventRow row) {
        row.cargo(cargoId).vessel(vesselId).terminal(toTerminalId).importer(requesterId).massT(massT).value(addedNm, "nm added").detail(purpose.label() + " from " + donorId);
    }
}
