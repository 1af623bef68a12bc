package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpotBidRuleTest {

    @Test
    void a_buyer_above_its_trigger_does_not_bid() {
        // (500,000 + 0) / 40,000 = 12.5 days ≥ 12
        assertThat(SpotBidRule.cargoesToBid(500_000, 0, 40_000, 12, 15, 72_000, 3)).isZero();
    }

    @Test
    void a_buyer_below_its_trigger_bids_for_enough_cargoes_to_reach_its_target() {
        // 400,000 / 40,000 = 10 days < 12; gap = 15 × 40,000 − 400,000 = 200,000 t; / 72,000 = 2.78 → 3 cargoes
        assertThat(SpotBidRule.cargoesToBid(400_000, 0, 40_000, 12, 15, 72_000, 5)).isEqualTo(3);
    }

    @Test
    void cargoes_already_on_their_way_count_and_the_daily_cap_binds() {
        // (400,000 + 72,000) / 40,000 = 11.8 days < 12; gap = 600,000 − 472,000 = 128,000 → 2 cargoes, capped at 1
        assertThat(SpotBidRule.cargoesToBid(400_000, 72_000, 40_000, 12, 15, 72_000, 1)).isEqualTo(1);
        assertThat(SpotBidRule.projectedCoverDays(400_000, 72_000, 40_000)).isCloseTo(11.8, within(1e-9));
    }
}
