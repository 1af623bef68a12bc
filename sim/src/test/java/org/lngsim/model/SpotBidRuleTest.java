package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpotBidRuleTest {

    @Test
    void a_buyer_whose_projection_stays_above_its_trigger_does_not_bid() {
        assertThat(SpotBidRule.cargoesToBid(12.5, 40_000, 12, 15, 72_000, 3)).isZero();
    }

    @Test
    void a_buyer_below_its_trigger_bids_for_enough_cargoes_to_reach_its_target() {
        // 10 days < 12; gap = (15 − 10) × 40,000 = 200,000 t; / 72,000 = 2.78 → 3 cargoes
        assertThat(SpotBidRule.cargoesToBid(10, 40_000, 12, 15, 72_000, 5)).isEqualTo(3);
    }

    @Test
    void cargoes_bought_and_not_yet_loaded_count_and_the_daily_cap_binds() {
        // 10 + 72,000 / 40,000 = 11.8 days < 12; gap = (15 − 11.8) × 40,000 = 128,000 → 2 cargoes, capped at 1
        double cover = SpotBidRule.coverWithPurchasesDays(10, 72_000, 40_000);
        assertThat(cover).isCloseTo(11.8, within(1e-9));
        assertThat(SpotBidRule.cargoesToBid(cover, 40_000, 12, 15, 72_000, 1)).isEqualTo(1);
        assertThat(SpotBidRule.cargoesToBid(cover, 40_000, 12, 15, 72_000, 5)).isEqualTo(2);
    }
}
