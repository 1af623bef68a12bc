package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lngsim.model.SpotOutcome.AWARDED;
import static org.lngsim.model.SpotOutcome.NO_CARGO;
import static org.lngsim.model.SpotOutcome.PRICED_OUT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lngsim.model.SpotClearing.Bid;

class SpotClearingTest {

    private static final Bid INDIA = new Bid("india", 25);
    private static final Bid JAPAN = new Bid("japan", 60);
    private static final Bid OTHER_ASIA = new Bid("other-asia", 30);

    @Test
    void the_highest_bidders_take_the_cargoes_and_india_is_outbid() {
        // India bids first but offers least: two cargoes go to Japan and other Asia
        List<SpotOutcome> outcomes = SpotClearing.clear(List.of(INDIA, OTHER_ASIA, JAPAN), 2, 24);

        assertThat(outcomes).containsExactly(NO_CARGO, AWARDED, AWARDED);
    }

    @Test
    void a_bid_below_the_price_is_priced_out_even_with_cargoes_left() {
        List<SpotOutcome> outcomes = SpotClearing.clear(List.of(INDIA, JAPAN), 5, 28);

        assertThat(outcomes).containsExactly(PRICED_OUT, AWARDED);
    }

    @Test
    void equal_prices_are_served_in_the_order_given() {
        List<SpotOutcome> outcomes = SpotClearing.clear(List.of(OTHER_ASIA, OTHER_ASIA, OTHER_ASIA), 2, 11);

        assertThat(outcomes).containsExactly(AWARDED, AWARDED, NO_CARGO);
    }

    @Test
    void a_slack_market_serves_everyone_willing_to_pay() {
        assertThat(SpotClearing.clear(List.of(INDIA, JAPAN), 3, 11)).containsExactly(AWARDED, AWARDED);
    }
}
