package org.lngsim.events;

/** A party's projected cover fell below the trigger: it asks the others for cargoes. */
public record ProtocolRequest(double timeHours, String requesterId, double projectedMinCoverDays, double requestedT, int cargoesReleased, double releasedT) implements SimEvent {

    @Override
    public String type() {
        return "protocol-request";
    }

    @Override
    public void describe(EventRow row) {
        row.importer(requesterId).massT(requestedT).value(projectedMinCoverDays, "days projected").detail(cargoesReleased + " cargoes released, " + Numbers.format(releasedT) + " t");
    }
}
