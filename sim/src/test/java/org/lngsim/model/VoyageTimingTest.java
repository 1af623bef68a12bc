package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VoyageTimingTest {

    @Test
    void sailing_time_is_distance_over_speed() {
        assertThat(VoyageTiming.sailingHours(6_660, 19.5)).isCloseTo(341.54, within(0.01));
    }

    @Test
    void boil_off_compounds_daily_at_the_laden_rate() {
        // 0.1%/day for 15 days on 75,000 t: 75,000 × (1 − 0.999^15)
        assertThat(VoyageTiming.boilOffT(75_000, 0.1, 15 * 24)).isCloseTo(1_117.2, within(0.1));
        assertThat(VoyageTiming.boilOffT(75_000, 0.1, 0)).isZero();
    }

    @Test
    void boil_off_over_two_spans_equals_boil_off_over_their_sum() {
        double first = VoyageTiming.boilOffT(70_000, 0.15, 100);
        double second = VoyageTiming.boilOffT(70_000 - first, 0.15, 200);

        assertThat(first + second).isCloseTo(VoyageTiming.boilOffT(70_000, 0.15, 300), within(1e-6));
    }
}
