package org.lngsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Allocates the day's flexible cargoes among bids by willingness to pay: every bid at or above the
 * day's price is served highest first (ties in the order given, so the result is deterministic)
 * until the cargoes run out; bids below the price are priced out. This is how a tender works for
 * the buyer who loses it: India's $25 offers in March 2026 went largely unawarded because Japanese
 * and other Asian buyers paid more for the same cargoes.
 */
public final class SpotClearing {

    private SpotClearing() {
    }

    /** One bid for one cargo. */
    public record Bid(String bidderId, double maxPriceUsdPerMMBtu) {
    }

    /** The outcome of each bid, in the order of {@code bids}. */
    public static List<SpotOutcome> clear(List<Bid> bids, int cargoesOnOffer, double priceUsdPerMMBtu) {
        if (cargoesOnOffer < 0) {
            throw new IllegalArgumentException("cargoes on offer must not be negative: " + cargoesOnOffer);
        }
        Integer[] order = new Integer[bids.size()];
        Arrays.setAll(order, i -> i);
        // stable sort: equal prices keep the given order
        Arrays.sort(order, Comparator.comparingDouble(i -> -bids.get(i).maxPriceUsdPerMMBtu()));
        SpotOutcome[] outcomes = new SpotOutcome[bids.size()];
        int left = cargoesOnOffer;
        for (int i : order) {
            if (bids.get(i).maxPriceUsdPerMMBtu() < priceUsdPerMMBtu) {
                outcomes[i] = SpotOutcome.PRICED_OUT;
            } else if (left > 0) {
                outcomes[i] = SpotOutcome.AWARDED;
                left--;
            } else {
                outcomes[i] = SpotOutcome.NO_CARGO;
            }
        }
        return new ArrayList<>(Arrays.asList(outcomes));
    }
}
