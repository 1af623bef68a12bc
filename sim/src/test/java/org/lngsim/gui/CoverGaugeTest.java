package org.lngsim.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoverGaugeTest {

    @Test
    void the_scale_is_twice_the_trigger_so_the_trigger_sits_half_way_up() {
        // trigger 10 d → scale 20 d; 5 d of cover fills 5/20 = 0.25; the trigger's tick at 10/20 = 0.5,
        // the floor's (4 d) at 4/20 = 0.2
        CoverGauge gauge = CoverGauge.of(10, 4);

        assertThat(gauge.scaleDays()).isEqualTo(20);
        assertThat(gauge.fill(5)).isEqualTo(0.25);
        assertThat(gauge.level(10)).isEqualTo(0.5);
        assertThat(gauge.level(4)).isEqualTo(0.2);
    }

    @Test
    void cover_beyond_the_scale_fills_the_gauge_and_none_or_unknown_leaves_it_empty() {
        CoverGauge gauge = CoverGauge.of(10, 4);

        assertThat(gauge.fill(45)).isEqualTo(1.0);
        assertThat(gauge.fill(0)).isZero();
        assertThat(gauge.fill(Double.NaN)).isZero();
    }

    @Test
    void the_band_is_below_the_floor_below_the_trigger_or_comfortable_the_thresholds_themselves_inside_the_upper_band() {
        CoverGauge gauge = CoverGauge.of(10, 4);

        assertThat(gauge.band(3.9)).isEqualTo(CoverBand.BELOW_FLOOR);
        assertThat(gauge.band(4)).isEqualTo(CoverBand.BELOW_TRIGGER);
        assertThat(gauge.band(9.9)).isEqualTo(CoverBand.BELOW_TRIGGER);
        assertThat(gauge.band(10)).isEqualTo(CoverBand.COMFORTABLE);
    }

    @Test
    void without_a_protocol_the_gauge_runs_to_30_days_and_every_level_is_comfortable() {
        CoverGauge gauge = CoverGauge.withoutProtocol();

        // 6 d of 30 fills a fifth
        assertThat(gauge.fill(6)).isEqualTo(0.2);
        assertThat(gauge.band(0.5)).isEqualTo(CoverBand.COMFORTABLE);
    }

    @Test
    void a_scale_of_zero_days_is_refused() {
        assertThatThrownBy(() -> new CoverGauge(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
