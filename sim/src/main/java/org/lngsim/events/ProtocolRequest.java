package org.lngsim.events;

/**
 * A party's projected cover fell below the trigger: it asks the others for cargoes, enough to
 * bring its projected cover up to the target, within its credit.
 *
 * @param projectedMinCoverDays its lowest projected cover over the look-ahead
 * @param triggerDaysOfCover    the trigger that cover was found below (why the request fired)
 * @param targetDaysOfCover     the cover the request aims for (what {@code requestedT} would reach)
 * @param requestedT            tonnes short of the target
 * @param creditLeftT           its credit left before the releases (infinite with no limit)
 */
public record ProtocolRequest(double timeHours, String requesterId, double projectedMinCoverDays,
        double triggerDaysOfCover, double targetDaysOfCover, double requestedT, double creditLeftT,
        int cargoesReleased, double releasedT) implements SimEvent {

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
        row.importer(requesterId).massT(requestedT).value(projectedMinCoverDays, "days projected").detail("below the trigger of "
                + Numbers.format(triggerDaysOfCover) + " days (target " + Numbers.format(targetDaysOfCover) + " days); "
                + cargoesReleased + " cargoes released, " + Numbers.format(releasedT) + " t"
                + (Double.isFinite(creditLeftT) ? "; credit left " + Numbers.format(Math.max(0, creditLeftT)) + " t" : ""));
    }
}
