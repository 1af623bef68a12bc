package org.lngsim.protocol;

import org.lngsim.model.Units;

/**
 * Where a ship could unload for the receiver, and what the diversion costs: it turns when the
 * decision lag ends and sails the open route to the terminal at its speed.
 *
 * @param arrivalHour      when it would reach the terminal
 * @param extraSailingDays sailing days the diversion adds to its voyage (negative when shorter;
 *                         zero for a cargo with no expected arrival, e.g. one held at a closed strait)
 */
public record DiversionOffer(String terminalId, double arrivalHour, double extraSailingDays) {

    /**
     * The offer for a route of {@code distanceNm}, decided at {@code nowHour}; the ship was due at
     * its own terminal at {@code originalArrivalHour} (infinite when it has no expected arrival).
     */
    public static DiversionOffer of(String terminalId, double nowHour, double decisionLagHours, double distanceNm,
            double speedKn, double originalArrivalHour) {
        double arrival = nowHour + decisionLagHours + distanceNm / speedKn;
        double extraDays = Double.isInfinite(originalArrivalHour) ? 0.0
                : Units.hoursToDays(arrival - decisionLagHours - originalArrivalHour);
        return new DiversionOffer(terminalId, arrival, extraDays);
    }
}
