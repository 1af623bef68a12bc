package org.lngsim.protocol;

/**
 * A cargo bound for the donor that might be released to the requester.
 *
 * @param donorTerminalId   the donor terminal it is bound for
 * @param redirectable      its contract allows diversion (FOB, or DES with diversion rights)
 * @param receiverCanTake   a requester terminal can berth the ship and is reachable
 * @param arrivalAtRequesterHour when it would reach the requester
 * @param extraSailingDays  sailing days the diversion adds (negative when it is shorter)
 * @param aboardAtExecution the cargo will not yet be discharged when the decision lag ends
 */
public record Candidate(String cargoId, String donorTerminalId, double massT, boolean redirectable, boolean receiverCanTake,
        double arrivalAtRequesterHour, double extraSailingDays, boolean aboardAtExecution) {
}
