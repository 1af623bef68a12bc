package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReplacementSupplyTest {

    // 30,000 t over a 30-day window is 1,000 t/day = 1,000 × 1,360 m3 = 1.36 mmscmd
    private static final double CARGO_30KT_MMSCMD = 1.36;

    @Test
    void a_cargo_delivered_while_supply_is_lost_replaces_its_gas_spread_over_the_window() {
        ReplacementSupply supply = new ReplacementSupply(30);
        assertThat(supply.netLostMmscmd(10, 20)).isCloseTo(20, within(1e-12));

        assertThat(supply.delivered(10.5, 30_000)).isTrue();

        assertThat(supply.replacementMmscmd(11)).isCloseTo(CARGO_30KT_MMSCMD, within(1e-9));
        assertThat(supply.netLostMmscmd(11, 20)).isCloseTo(20 - CARGO_30KT_MMSCMD, within(1e-9));
    }

    @Test
    void a_cargo_stops_counting_once_the_window_after_its_delivery_has_passed() {
        ReplacementSupply supply = new ReplacementSupply(30);
        supply.netLostMmscmd(0, 20);
        supply.delivered(5, 30_000);
        supply.delivered(20, 60_000);

        // day 34: both within 30 days → 90,000 t / 30 = 3,000 t/day = 4.08 mmscmd
        assertThat(supply.netLostMmscmd(34, 20)).isCloseTo(20 - 4.08, within(1e-9));
        // day 35: the first cargo was delivered 30 days ago and drops out → 60,000 / 30 = 2.72 mmscmd
        assertThat(supply.netLostMmscmd(35, 20)).isCloseTo(20 - 2.72, within(1e-9));
        // day 50: none left
        assertThat(supply.netLostMmscmd(50, 20)).isCloseTo(20, within(1e-12));
    }

    @Test
    void replacements_beyond_the_loss_leave_no_loss_rather_than_a_negative_one() {
        ReplacementSupply supply = new ReplacementSupply(10);
        supply.netLostMmscmd(0, 2);
        // 30,000 t over 10 days = 3,000 t/day = 4.08 mmscmd, above the 2 mmscmd lost
        supply.delivered(0, 30_000);

        assertThat(supply.netLostMmscmd(1, 2)).isZero();
    }

    @Test
    void cargoes_delivered_while_no_supply_is_lost_replace_nothing() {
        ReplacementSupply supply = new ReplacementSupply(30);
        supply.netLostMmscmd(0, 0);

        assertThat(supply.delivered(0.5, 30_000)).isFalse();
        assertThat(supply.netLostMmscmd(1, 20)).isCloseTo(20, within(1e-12));
    }

    @Test
    void when_the_loss_ends_the_counted_cargoes_are_forgotten() {
        ReplacementSupply supply = new ReplacementSupply(30);
        supply.netLostMmscmd(0, 20);
        supply.delivered(1, 30_000);
        assertThat(supply.netLostMmscmd(2, 0)).isZero();

        // a new loss two days later starts from no replacements
        assertThat(supply.netLostMmscmd(4, 20)).isCloseTo(20, within(1e-12));
        assertThat(supply.replacementMmscmd(4)).isZero();
    }

    @Test
    void a_window_that_is_not_positive_is_refused() {
        assertThatThrownBy(() -> new ReplacementSupply(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReplacementSupply(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
