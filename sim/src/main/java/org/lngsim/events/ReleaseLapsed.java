package org.lngsim.events;

/** A release could not be carried out when its decision lag ended (the cargo was already discharged, or no longer reachable). */
public record ReleaseLapsed(double timeHours, String cargoId, String donorId, String requesterId, String reason) implements SimEvent {

    @Override
    public String type() {
        return "release-lapsed";
    }

    @Override
    public void describe(EventRow row) {
        row.cargo(cargoId).importer(requesterId).detail(reason);
    }
}
