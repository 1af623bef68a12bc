package org.lngsim.scenario;

import java.util.List;

/**
 * A market for flexible LNG cargoes (issue 15): flexible supply from real plants, a price index
 * that rises with tightness, an aggregate "other Asia" buyer and the importers' bidders, and a
 * fleet of spot-chartered ships without which no cargo sails. {@code enabled: false} runs the
 * world as if there were no market (the outputs of a world without the block). {@code atlantic}
 * (optional) makes the Atlantic basin's flexible cargoes choose between Asia and Europe.
 */
public record Market(boolean enabled, double basePriceUsdPerMMBtu, double priceExponent,
        double ceilingUsdPerMMBtu, String fleet, double unsoldCargoDays, List<Supply> supply, OtherAsia otherAsia,
        List<Bidder> bidders, Charter charter, Atlantic atlantic, String source) {

    public Market {
        supply = supply == null ? List.of() : List.copyOf(supply);
        bidders = bidders == null ? List.of() : List.copyOf(bidders);
    }

    /** Flexible cargoes a month a plant offers Asian buyers (portfolio, destination-free, uncontracted). */
    public record Supply(String plant, double cargoesPerMonth, String source) {
    }

    /**
     * The other Asian buyers (China, Korea, Taiwan, South and South-East Asia) as one bidder. The
     * optional response: demand ∝ (price / base)^(−priceElasticity), reached over responseDays
     * (0 elasticity: no response); winterUpliftPct more in December–February, as much less spread
     * over the other months.
     */
    public record OtherAsia(double cargoesPerMonth, double maxPriceUsdPerMMBtu, double priceElasticity,
            Double responseDays, double winterUpliftPct, String source) {

        /** The response lag in days; 1 (at once) when none is given. */
        public double responseDaysOrAtOnce() {
            return responseDays == null ? 1.0 : responseDays;
        }
    }

    /**
     * The spot fleet's charter rate from its free ships ({@code model.CharterRate}); null: no rate.
     * {@code ordinaryFreeShipsPct} of the fleet free gives the ordinary rate.
     */
    public record Charter(double ordinaryUsdPerDay, double peakUsdPerDay, double exponent,
            double ordinaryFreeShipsPct, String source) {
    }

    /** An importer that bids for spot cargoes when its least-covered region's projected cover is low. */
    public record Bidder(String importer, double maxPriceUsdPerMMBtu, double triggerDaysOfCover,
            double targetDaysOfCover, int maxCargoesPerDay, String source) {
    }

    /**
     * The Atlantic basin's flexible cargoes (the plants listed) go to Asia only while the Asian price
     * pays Europe's price plus the extra freight to Asia. Europe's price is an input: a step series
     * (each value holds from its date to the next), and the ordinary level before the first date.
     */
    public record Atlantic(List<String> plants, double extraFreightToAsiaUsdPerMMBtu,
            double ordinaryEuropePriceUsdPerMMBtu, List<EuropePrice> europePrice, String source) {

        public Atlantic {
            plants = plants == null ? List.of() : List.copyOf(plants);
            europePrice = europePrice == null ? List.of() : List.copyOf(europePrice);
        }

        /** Europe's price on a date: the last step on or before it, else the ordinary level. */
        public double europePriceOn(java.time.LocalDate date) {
            double price = ordinaryEuropePriceUsdPerMMBtu;
            for (EuropePrice step : europePrice) {
                if (!java.time.LocalDate.parse(step.fromDate()).isAfter(date)) {
                    price = step.usdPerMMBtu();
                }
            }
            return price;
        }

        /** Europe's price (TTF) from a date on. */
        public record EuropePrice(String fromDate, double usdPerMMBtu, String source) {
        }
    }
}
