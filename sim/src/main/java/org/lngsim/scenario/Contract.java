package org.lngsim.scenario;

import java.util.List;

/**
 * A supply contract (or a portfolio of spot purchases modelled as one): {@code annualMt} loaded a
 * year from the seller's plant for the buyer's terminal group.
 */
public record Contract(String id, String seller, String buyer, List<String> terminals, double annualMt,
        DeliveryTerms terms, boolean redirectable, String fleet, List<Double> seasonalProfile, String source) {

    public Contract {
        terminals = List.copyOf(terminals);
        seasonalProfile = seasonalProfile == null ? null : List.copyOf(seasonalProfile);
    }
}
