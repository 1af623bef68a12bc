package org.lngsim.scenario;

import java.util.List;

/**
 * A market for flexible LNG cargoes (issue 15): flexible supply from real plants, a price index
 * that rises with tightness, an aggregate "other Asia" buyer and the importers' bidders, and a
 * fleet of spot-chartered ships without which no cargo sails. {@code enabled: false} runs the
 * world as if there were no market (the outputs of a world without the block).
 */
public record Market(boolean enabled, double basePriceUsdPerMMBtu, double priceExponent,
        double ceilingUsdPerMMBtu, String fleet, double unsoldCargoDays, List<Supply> supply, OtherAsia otherAsia,
        List<Bidder> bidders, Charter charter, String source) {

    public Market {
        supply = supply == null ? List.of() : List.copyOf(supply);
        bidders = bidders == null ? List.of() : List.copyOf(bidders);
    }

    /** Flexible cargoes a month a plant offers Asian buyers (portfolio, destination-free, uncontracted). */
    public record Supply(String plant, double cargoesPerMonth, String source) {
    }

    /** The other Asian buyers (China, Korea, Taiwan, South and South-East Asia) as one bidder. */
    public record OtherAsia(double cargoesPerMonth, double maxPriceUsdPerMMBtu, String source) {
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
}
