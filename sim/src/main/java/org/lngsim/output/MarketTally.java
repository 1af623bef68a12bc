package org.lngsim.output;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lngsim.events.CargoReleased;
import org.lngsim.events.MarketDay;
import org.lngsim.events.SimEvent;
import org.lngsim.events.SpotBid;
import org.lngsim.model.Units;
import org.lngsim.protocol.Purpose;
import org.lngsim.scenario.Scenario;

/**
 * Totals of the market's events for the summary's {@code market} block: the price path's mean and
 * range, per importer what it bought (cargoes, Mt, cost, average price) and the bids it lost, and
 * the protocol's emergency cargoes valued at the day's price: what the receiver did not have to
 * buy, and what the donor lent; the spot fleet's charter rate (mean and range, fewest free ships)
 * and per importer what its cargoes' ships cost to charter.
 */
final class MarketTally {

    private final boolean enabled;
    private final Map<String, Buyer> buyers = new LinkedHashMap<>();
    private double priceSum;
    private long days;
    private double minPrice = Double.POSITIVE_INFINITY;
    private double maxPrice = Double.NEGATIVE_INFINITY;
    private double lastPrice = Double.NaN;
    private long otherAsiaCargoes;
    private double charterRateSum;
    private long charterDays;
    private double minCharterRate = Double.POSITIVE_INFINITY;
    private double maxCharterRate = Double.NEGATIVE_INFINITY;
    private long minFreeShips = Long.MAX_VALUE;

    MarketTally(Scenario scenario) {
        this.enabled = scenario.marketEnabled();
        if (enabled) {
            scenario.importers().forEach(i -> buyers.put(i.id(), new Buyer()));
        }
    }

    void add(SimEvent event) {
        if (!enabled) {
            return;
        }
        if (event instanceof MarketDay e) {
            priceSum += e.priceUsdPerMMBtu();
            days++;
            minPrice = Math.min(minPrice, e.priceUsdPerMMBtu());
            maxPrice = Math.max(maxPrice, e.priceUsdPerMMBtu());
            lastPrice = e.priceUsdPerMMBtu();
            otherAsiaCargoes += e.otherAsiaCargoes();
            if (Double.isFinite(e.charterRateUsdPerDay())) {
                charterRateSum += e.charterRateUsdPerDay();
                charterDays++;
                minCharterRate = Math.min(minCharterRate, e.charterRateUsdPerDay());
                maxCharterRate = Math.max(maxCharterRate, e.charterRateUsdPerDay());
                minFreeShips = Math.min(minFreeShips, e.freeShips());
            }
        } else if (event instanceof SpotBid e) {
            buyers.computeIfAbsent(e.bidderId(), k -> new Buyer()).add(e);
        } else if (event instanceof CargoReleased e && e.purpose() == Purpose.EMERGENCY && Double.isFinite(lastPrice)) {
            double valueUsd = e.massT() * Units.MMBTU_PER_T * lastPrice;
            Buyer receiver = buyers.computeIfAbsent(e.requesterId(), k -> new Buyer());
            receiver.receivedT += e.massT();
            receiver.receivedUsd += valueUsd;
            Buyer donor = buyers.computeIfAbsent(e.donorId(), k -> new Buyer());
            donor.lentT += e.massT();
            donor.lentUsd += valueUsd;
        }
    }

    /** Null when the market is off, so such a run's summary is unchanged. */
    RunSummary.MarketSummary summary() {
        if (!enabled) {
            return null;
        }
        Map<String, RunSummary.MarketBuyer> byImporter = new LinkedHashMap<>();
        buyers.forEach((id, b) -> byImporter.put(id, b.summary()));
        return new RunSummary.MarketSummary(days == 0 ? 0 : Round.to(priceSum / days, 2),
                days == 0 ? 0 : Round.to(minPrice, 2), days == 0 ? 0 : Round.to(maxPrice, 2), otherAsiaCargoes,
                byImporter, charterDays == 0 ? null : new RunSummary.CharterSummary(Round.to(charterRateSum / charterDays, 0),
                        Round.to(minCharterRate, 0), Round.to(maxCharterRate, 0), minFreeShips));
    }

    private static final class Buyer {
        private long bids;
        private long bought;
        private double boughtT;
        private double costUsd;
        private long pricedOut;
        private long noCargo;
        private long noShip;
        private double receivedT;
        private double receivedUsd;
        private double lentT;
        private double lentUsd;
        private double charterUsd;

        void add(SpotBid e) {
            bids++;
            switch (e.outcome()) {
                case AWARDED -> {
                    bought++;
                    boughtT += e.massT();
                    costUsd += e.costUsd();
                    charterUsd += e.charterCostUsd();
                }
                case PRICED_OUT -> pricedOut++;
                case NO_CARGO -> noCargo++;
                case NO_SHIP -> noShip++;
            }
        }

        RunSummary.MarketBuyer summary() {
            double mmbtu = boughtT * Units.MMBTU_PER_T;
            return new RunSummary.MarketBuyer(bids, bought, Round.to(boughtT / Units.T_PER_MT, Round.MT),
                    Round.to(costUsd / 1e6, 1), mmbtu > 0 ? Round.to(costUsd / mmbtu, 2) : 0,
                    pricedOut + noCargo + noShip, pricedOut, noCargo, noShip,
                    Round.to(receivedT / Units.T_PER_MT, Round.MT), Round.to(receivedUsd / 1e6, 1),
                    Round.to(lentT / Units.T_PER_MT, Round.MT), Round.to(lentUsd / 1e6, 1), Round.to(charterUsd / 1e6, 1));
        }
    }

}
