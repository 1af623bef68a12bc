package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AtlanticClearingTest {

    // base $11, exponent 4.2, ceiling $71, ordinary tightness 72 / 80 = 0.9
    private final SpotPrice index = new SpotPrice(11, 4.2, 71, 0.9);

    @Test
    void when_asia_pays_more_than_europe_plus_freight_every_atlantic_cargo_comes() {
        // 72 / (41 + 39) = 0.9: $11 ≥ TTF $7.8 + $1.15
        AtlanticClearing.Result result = AtlanticClearing.clear(index, 72, 41, 39, 8.95);

        assertThat(result.atlanticShareToAsia()).isEqualTo(1.0);
        assertThat(result.priceUsdPerMMBtu()).isCloseTo(11, within(1e-9));
        assertThat(result.supplyToAsiaPerMonth()).isEqualTo(80);
    }

    @Test
    void when_europe_pays_more_asia_gets_just_enough_atlantic_cargoes_to_price_at_europe_plus_freight() {
        // netback $22: tightness 0.9 × 2^(1/4.2) = 0.9 × e^(0.693147 / 4.2) = 0.9 × e^0.165035 = 0.9 × 1.179434 = 1.061491;
        // supply = 72 / 1.061491 = 67.829; Atlantic to Asia 67.829 − 41 = 26.829 of 39 = 0.68793
        AtlanticClearing.Result result = AtlanticClearing.clear(index, 72, 41, 39, 22);

        assertThat(result.priceUsdPerMMBtu()).isEqualTo(22);
        assertThat(result.supplyToAsiaPerMonth()).isCloseTo(67.829, within(1e-3));
        assertThat(result.atlanticShareToAsia()).isCloseTo(0.68793, within(2e-5));
        assertThat(result.tightness()).isCloseTo(1.061491, within(1e-6));
    }

    @Test
    void when_asia_needs_no_atlantic_cargo_at_europes_price_they_all_go_to_europe() {
        // 30 / 41 = 0.73171 = 0.81301 × 0.9: 11 × 0.81301^4.2 = 11 × e^(4.2 × −0.207007) = 11 × 0.41914 = 4.6105 < $22
        AtlanticClearing.Result result = AtlanticClearing.clear(index, 30, 41, 39, 22);

        assertThat(result.atlanticShareToAsia()).isEqualTo(0.0);
        assertThat(result.priceUsdPerMMBtu()).isCloseTo(4.6105, within(1e-3));
        assertThat(result.supplyToAsiaPerMonth()).isEqualTo(41);
    }

    @Test
    void europe_above_the_ceiling_takes_every_atlantic_cargo_and_asia_prices_at_its_ceiling() {
        AtlanticClearing.Result result = AtlanticClearing.clear(index, 72, 41, 39, 90);

        assertThat(result.atlanticShareToAsia()).isEqualTo(0.0);
        assertThat(result.priceUsdPerMMBtu()).isEqualTo(71);
    }

    @Test
    void without_atlantic_plants_the_index_is_the_tightness_price() {
        // 72 / 64 = 1.125: 11 × 1.25^4.2 = 28.08
        AtlanticClearing.Result result = AtlanticClearing.clear(index, 72, 64, 0, 40);

        assertThat(result.priceUsdPerMMBtu()).isCloseTo(28.08, within(0.01));
        assertThat(result.atlanticShareToAsia()).isEqualTo(1.0);
    }
}
