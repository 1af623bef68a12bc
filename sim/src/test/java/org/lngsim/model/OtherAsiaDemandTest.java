package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Month;
import org.junit.jupiter.api.Test;

class OtherAsiaDemandTest {

    // world-2024: 72 cargoes a month, elasticity 0.35 against the $11 base, 30 days to respond, 10% winter uplift
    private final OtherAsiaDemand demand = new OtherAsiaDemand(72, 0.35, 11, 30, 10);

    @Test
    void winter_months_take_the_uplift_and_the_others_a_third_of_it_less_so_the_year_is_unchanged() {
        assertThat(demand.seasonalFactor(Month.JANUARY)).isCloseTo(1.10, within(1e-12));
        assertThat(demand.seasonalFactor(Month.DECEMBER)).isCloseTo(1.10, within(1e-12));
        assertThat(demand.seasonalFactor(Month.APRIL)).isCloseTo(1 - 0.10 / 3, within(1e-12));
        double year = 0;
        for (Month month : Month.values()) {
            year += demand.cargoesPerMonth(demand.target(month, 11));
        }
        assertThat(year).isCloseTo(12 * 72, within(1e-9));
    }

    @Test
    void at_the_reference_price_the_target_is_the_seasons_demand() {
        assertThat(demand.target(Month.MAY, 11)).isCloseTo(1 - 0.10 / 3, within(1e-12));
        assertThat(demand.target(Month.JANUARY, 11)).isCloseTo(1.10, within(1e-12));
    }

    @Test
    void a_price_three_times_the_reference_cuts_demand_by_the_elasticity() {
        // 3^−0.35 = e^(−0.35 × 1.098612) = e^−0.384514 = 0.68078
        assertThat(demand.target(Month.JANUARY, 33)).isCloseTo(1.10 * 0.68078, within(1e-5));
    }

    @Test
    void demand_closes_a_thirtieth_of_the_gap_to_its_target_a_day() {
        // May's target at $33: (1 − 0.1/3) × 0.68078 = 0.96667 × 0.68078 = 0.65809; from 1.0: 1 − 0.34191 / 30 = 0.98860
        assertThat(demand.nextFactor(1.0, Month.MAY, 33)).isCloseTo(0.98860, within(1e-5));
        // ten days: target + gap × (29/30)^10 = 0.65809 + 0.34191 × 0.71245 = 0.90168
        double factor = 1.0;
        for (int day = 0; day < 10; day++) {
            factor = demand.nextFactor(factor, Month.MAY, 33);
        }
        assertThat(factor).isCloseTo(0.90168, within(2e-5));
        assertThat(demand.cargoesPerMonth(factor)).isCloseTo(72 * 0.90168, within(1e-3));
    }

    @Test
    void winter_demand_builds_up_over_the_response_days_rather_than_stepping_on_the_first_of_december() {
        // from November's 0.96667 at the reference price: one December day closes 1/30 of the 0.13333 gap
        double november = demand.seasonalFactor(Month.NOVEMBER);
        assertThat(demand.nextFactor(november, Month.DECEMBER, 11)).isCloseTo(0.96667 + 0.13333 / 30, within(1e-5));
    }

    @Test
    void no_elasticity_means_no_response_to_price() {
        OtherAsiaDemand fixed = new OtherAsiaDemand(72, 0, 11, 1, 0);
        assertThat(fixed.nextFactor(1.0, Month.JANUARY, 70)).isEqualTo(1.0);
        assertThat(fixed.cargoesPerMonth(1.0)).isEqualTo(72);
    }

    @Test
    void bad_parameters_are_refused() {
        assertThatThrownBy(() -> new OtherAsiaDemand(72, 0.35, 11, 0.5, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OtherAsiaDemand(72, -0.1, 11, 30, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> demand.target(Month.MAY, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
