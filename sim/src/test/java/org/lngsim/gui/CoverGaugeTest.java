package org.lngsim.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoverGaugeTest {

    @Test
    void the_scale_is_twice_the_higher_threshold_so_it_sits_half_way_up() {
        // trigger 7 d, donor floor 10 d (the base world's) → scale 20 d; 5 d fills 5/20 = 0.25;
        // the floor's tick at 10/20 = 0.5, the trigger's at 7/20 = 0.35
        CoverGauge gauge = CoverGauge.of(7, 10);

        assertThat(gauge.scaleDays()).isEqualTo(20);
        assertThat(gauge.fill(5)).isEqualTo(0.25);
        assertThat(gauge.level(10)).isEqualTo(0.5);
        assertThat(gauge.level(7)).isEqualTo(0.35);
        // a floor below the trigger (a party override): the trigger sets the scale, 2 × 12 = 24 d
        assertThat(CoverGauge.of(12, 4).scaleDays()).isEqualTo(24);
    }

    @Test
    void cover_beyond_the_scale_fills_the_gauge_and_none_or_unknown_leaves_it_empty() {
        CoverGauge gauge = CoverGauge.of(7, 10);

        assertThat(gauge.fill(45)).isEqualTo(1.0);
        assertThat(gauge.fill(0)).isZero();
        assertThat(gauge.fill(Double.NaN)).isZero();
    }

    @Test
    void below_the_trigger_it_asks_below_the_floor_it_cannot_give_at_a_threshold_it_is_in_the_band_above() {
        CoverGauge gauge = CoverGauge.of(7, 10);

        assertThat(gauge.band(6.9)).isEqualTo(CoverBand.BELOW_TRIGGER);
        assertThat(gauge.band(7)).isEqualTo(CoverBand.BELOW_DONOR_FLOOR);
        assertThat(gauge.band(9.9)).isEqualTo(CoverBand.BELOW_DONOR_FLOOR);
        assertThat(gauge.band(10)).isEqualTo(CoverBand.CAN_DONATE);
    }

    @Test
    void without_a_protocol_the_gauge_runs_to_30_days_and_every_level_reads_as_able_to_donate() {
        CoverGauge gauge = CoverGauge.withoutProtocol();

        // 6 d of 30 fills a fifth
        assertThat(gauge.fill(6)).isEqualTo(0.2);
        assertThat(gauge.band(0.5)).isEqualTo(CoverBand.CAN_DONATE);
    }

    @Test
    void a_scale_of_zero_days_is_refused() {
        assertThatThrownBy(() -> new CoverGauge(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
