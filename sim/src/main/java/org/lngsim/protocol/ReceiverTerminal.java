package org.lngsim.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Which receiver terminal a released ship goes to: of the terminals able to take it, one in the
 * receiver's region with the least cover, and there the one with the least cover of its own
 * (where the gas is needed: a drained terminal cannot send out its share at the peak), the
 * nearest by great circle among equals, then by id. The first such terminal whose diversion the
 * rules allow wins; if none, the first reachable one (whose offer the release rules will then
 * refuse, so the cargo stays a candidate that is not eligible). Pure: routing is handed in, and
 * asked only as far down the list as needed, since it is the costly part.
 */
public final class ReceiverTerminal {

    private ReceiverTerminal() {
    }

    /** A terminal able to take the ship: its region's and its own days of cover, and its distance from the ship. */
    public record Option(String terminalId, double regionCoverDays, double terminalCoverDays, double distanceNm) {
    }

    /**
     * @param offerTo the diversion to a terminal id, null when no open route reaches it
     * @return the chosen offer, or null when no option is reachable
     */
    public static DiversionOffer choose(List<Option> options, Function<String, DiversionOffer> offerTo,
            double maxExtraSailingDays) {
        List<Option> sorted = new ArrayList<>(options);
        sorted.sort(Comparator.comparingDouble(Option::regionCoverDays).thenComparingDouble(Option::terminalCoverDays)
                .thenComparingDouble(Option::distanceNm).thenComparing(Option::terminalId));
        DiversionOffer fallback = null;
        for (Option option : sorted) {
            DiversionOffer offer = offerTo.apply(option.terminalId());
            if (offer != null && offer.extraSailingDays() <= maxExtraSailingDays) {
                return offer;
            }
            if (fallback == null) {
                fallback = offer;
            }
        }
        return fallback;
    }
}
