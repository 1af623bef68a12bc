package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpotPriceTest {

    // world-2024's market: base $11, exponent 4.2, ceiling $70, ordinary tightness 72 / 80 = 0.9
    private final SpotPrice index = new SpotPrice(11, 4.2, 70, 0.9);

    @Test
    void the_ordinary_market_prices_at_the_base() {
        assertThat(index.priceUsdPerMMBtu(SpotPrice.tightness(72, 80))).isCloseTo(11, within(1e-9));
    }

    @Test
    void losing_a_fifth_of_flexible_supply_multiplies_the_price_by_one_quarter_to_the_exponent() {
        // 72 / 64 = 1.125 = 1.25 × 0.9; 1.25^4.2 = e^(4.2 × 0.22314) = e^0.93720 = 2.5528; × 11 = 28.08
        double price = index.priceUsdPerMMBtu(SpotPrice.tightness(72, 64));

        assertThat(price).isCloseTo(28.08, within(0.01));
    }

    @Test
    void a_slacker_market_prices_below_the_base() {
        // 63 / 80 = 0.7875 = 0.875 × 0.9; 0.875^4.2 = e^(4.2 × −0.13353) = e^−0.56083 = 0.5707; × 11 = 6.28
        assertThat(index.priceUsdPerMMBtu(SpotPrice.tightness(63, 80))).isCloseTo(6.28, within(0.01));
    }

    @Test
    void the_ceiling_binds_openly_and_no_supply_is_the_ceiling() {
        assertThat(index.priceUsdPerMMBtu(SpotPrice.tightness(72, 0))).isEqualTo(70);
        assertThat(index.atCeiling(SpotPrice.tightness(72, 0))).isTrue();
        // 2 × 0.9 tightness: 11 × 2^4.2 = 11 × 18.38 = 202 > 70
        assertThat(index.priceUsdPerMMBtu(1.8)).isEqualTo(70);
        assertThat(index.atCeiling(0.9)).isFalse();
    }

    @Test
    void the_tightness_at_a_price_inverts_the_price_curve() {
        // $22 = 11 × 2: tightness 0.9 × 2^(1/4.2) = 0.9 × e^0.165035 = 0.9 × 1.179434 = 1.061491
        assertThat(index.tightnessAt(22)).isCloseTo(1.061491, within(1e-6));
        assertThat(index.tightnessAt(11)).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void a_ceiling_below_the_base_is_refused() {
        assertThatThrownBy(() -> new SpotPrice(11, 4.2, 10, 0.9)).isInstanceOf(IllegalArgumentException.class);
    }
}
