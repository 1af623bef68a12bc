package org.lngsim.events;

import org.lngsim.model.SpotOutcome;

/**
 * An importer's bid for one spot cargo and what became of it: awarded (with the plant, the
 * terminal and the cost at the day's price), priced out, outbid for the last cargo, or left
 * without a ship. {@code plantId} is null unless awarded. An awarded cargo's ship is hired for
 * {@code charterDays} (from the award until it reaches the terminal) at the day's charter rate:
 * {@code charterCostUsd}, beside the cargo's cost, not in it (0 unless awarded, or without a rate).
 */
public record SpotBid(double timeHours, String bidderId, SpotOutcome outcome, String plantId, String terminalId,
        double massT, double priceUsdPerMMBtu, double maxPriceUsdPerMMBtu, double costUsd, double projectedCoverDays,
        double charterDays, double charterCostUsd) implements SimEvent {

    @Override
    public String type() {
        return "spot-bid";
    }

    @Override
    public void describe(EventRow row) {
        row.importer(bidderId).plant(plantId).terminal(terminalId).massT(massT).value(priceUsdPerMMBtu, "USD/MMBtu")
                .detail(outcome.jsonName() + "; bid up to " + Numbers.format(maxPriceUsdPerMMBtu) + " USD/MMBtu; cost "
                        + Numbers.format(costUsd) + " USD; projected cover " + Numbers.format(projectedCoverDays) + " days"
                        + (charterDays > 0 ? "; charter " + Numbers.format(charterDays) + " days, "
                                + Numbers.format(charterCostUsd) + " USD" : ""));
    }
}
