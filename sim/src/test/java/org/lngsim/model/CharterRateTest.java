package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CharterRateTest {

    // ordinary $40,000/day with 20 ships free, peak $480,000/day, exponent 2
    private final CharterRate rate = new CharterRate(40_000, 480_000, 2, 20);

    @Test
    void with_the_ordinary_number_of_free_ships_the_rate_is_the_ordinary_one() {
        assertThat(rate.usdPerDay(20)).isEqualTo(40_000);
    }

    @Test
    void more_free_ships_than_ordinary_keep_the_ordinary_rate() {
        assertThat(rate.usdPerDay(35)).isEqualTo(40_000);
    }

    @Test
    void as_free_ships_run_out_the_rate_rises_with_scarcity_to_the_exponent() {
        // 10 free: scarcity 20 / 10 = 2, 40,000 × 2² = 160,000
        assertThat(rate.usdPerDay(10)).isCloseTo(160_000, within(1e-6));
        // 16 free: scarcity 1.25, 40,000 × 1.5625 = 62,500
        assertThat(rate.usdPerDay(16)).isCloseTo(62_500, within(1e-6));
    }

    @Test
    void the_rate_stops_at_the_peak_and_is_the_peak_with_no_ship_free() {
        // 5 free: 40,000 × 4² = 640,000, above the 480,000 peak
        assertThat(rate.usdPerDay(5)).isEqualTo(480_000);
        assertThat(rate.usdPerDay(0)).isEqualTo(480_000);
    }

    @Test
    void a_charter_costs_its_days_times_the_rate() {
        // 21.5 days at 62,500 = 1,343,750
        assertThat(CharterRate.costUsd(21.5, 62_500)).isCloseTo(1_343_750, within(1e-6));
    }

    @Test
    void impossible_parameters_are_refused() {
        assertThatThrownBy(() -> new CharterRate(0, 480_000, 2, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CharterRate(40_000, 30_000, 2, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CharterRate(40_000, 480_000, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rate.usdPerDay(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CharterRate.costUsd(-1, 40_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
