package org.lngsim.events;

import org.lngsim.protocol.Purpose;

/** A donor released a cargo bound for itself to a requester (decision; executed after the decision lag). */
public record CargoReleased(double timeHours, Purpose purpose, String donorId, String requesterId, String cargoId, String vesselId, String fromTerminalId, String toTerminalId, double massT, double extraSailingDays, double donorCoverAfterDays, double donorFloorDays, double executeAtHours) implements SimEvent {

    /** The {@code type} column of {@code events.csv}, for readers of the file. */
    public static final String TYPE = "cargo-released";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void describe(EventRow row) {
        row.cargo(cargoId).vessel(vesselId).terminal(toTerminalId).importer(requesterId).massT(massT).value(donorCoverAfterDays, "donor days of cover after").detail(purpose.label() + " from " + donorId + " (was bound for " + fromTerminalId + "); " + (extraSailingDays >= 0 ? "+" : "") + Numbers.format(extraSailingDays) + " sailing days");
    }
}
