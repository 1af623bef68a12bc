package org.lngsim.events;

/** A party's projected cover fell below the trigger: it asks the others for cargoes. */
public record ProtocolRequest(double timeHours, String requesterId, double projectedMinCoverDays, double requestedT, double creditLeftT, int cargoesReleased, double releasedT) implements SimEvent {

    /** Whether the requester's credit limit cut what could be released to it below what it needed. */
    public boolean cutByCreditLimit() {
        return creditLeftT < requestedT;
    }

    @Override
    public String type() {
        return "protocol-request";
    }

    @Override
    public void describe(EventRow row) {
        row.importer(requesterId).massT(requestedT).value(projectedMinCoverDays, "days projected").detail(cargoesReleased + " cargoes released, " + Numbers.format(releasedT) + " t"
                + (Double.isFinite(creditLeftT) ? "; credit left " + Numbers.format(Math.max(0, creditLeftT)) + " t" : ""));
    }
}
