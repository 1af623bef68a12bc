package org.lngsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EnsembleStatsTest {

    @Test
    void the_median_of_an_odd_count_is_the_middle_value_whatever_the_order() {
        // sorted: 1, 2, 7, 9, 30 → the third
        assertThat(EnsembleStats.median(new double[] {9, 1, 30, 2, 7})).isEqualTo(7);
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
        // sorted: 0, 0, 4.5, 6 → (0 + 4.5) / 2 = 2.25
        assertThat(EnsembleStats.median(new double[] {4.5, 0, 6, 0})).isCloseTo(2.25, within(1e-12));
    }

    @Test
    void percentiles_interpolate_between_the_closest_ranks() {
        double[] values = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110};
        // n = 11: rank of p5 = 10 × 0.05 = 0.5 → 10 + 0.5 × (20 − 10) = 15
        assertThat(EnsembleStats.percentile(values, 5)).isCloseTo(15, within(1e-12));
        // rank of p95 = 10 × 0.95 = 9.5 → 100 + 0.5 × (110 − 100) = 105
        assertThat(EnsembleStats.percentile(values, 95)).isCloseTo(105, within(1e-12));
        // 0th and 100th: the extremes
        assertThat(EnsembleStats.percentile(values, 0)).isEqualTo(10);
        assertThat(EnsembleStats.percentile(values, 100)).isEqualTo(110);
    }

    @Test
    void the_spread_of_twenty_replications() {
        double[] values = new double[20];
        for (int i = 0; i < 20; i++) {
            values[i] = i * i; // 0, 1, 4, ..., 361
        }
        EnsembleStats.Spread spread = EnsembleStats.spread(values);
        // n = 20: p5 rank 19 × 0.05 = 0.95 → 0 + 0.95 × (1 − 0) = 0.95
        assertThat(spread.p5()).isCloseTo(0.95, within(1e-12));
        // median rank 9.5 → 81 + 0.5 × (100 − 81) = 90.5
        assertThat(spread.median()).isCloseTo(90.5, within(1e-12));
        // p95 rank 18.05 → 324 + 0.05 × (361 − 324) = 325.85
        assertThat(spread.p95()).isCloseTo(325.85, within(1e-12));
    }

    @Test
    void one_replication_is_its_own_median_and_range() {
        EnsembleStats.Spread spread = EnsembleStats.spread(new double[] {4.2});
        assertThat(spread).isEqualTo(new EnsembleStats.Spread(4.2, 4.2, 4.2));
    }

    @Test
    void the_protocol_is_worse_in_the_share_of_pairs_whose_avoided_is_below_zero() {
        // avoided per pair: two below zero of eight; the exact zeros (no effect) are not worse
        double[] avoided = {0.2, -0.01, 0, 0, 0.05, -3, 0.1, 0};
        assertThat(EnsembleStats.probabilityWorse(avoided)).isCloseTo(0.25, within(1e-12));
        assertThat(EnsembleStats.probabilityWorse(new double[] {0, 0, 0})).isZero();
    }

    @Test
    void the_representative_replication_is_the_one_nearest_every_median() {
        double[][] byMetric = {
            // metric 0: median 2, p5 = 0 + 0.2 × 1 = 0.2, p95 = 3 + 0.8 × (10 − 3) = 8.6, range 8.4
            {0, 1, 2, 3, 10},
            // metric 1: median 30, p5 = 10 + 0.2 × 10 = 12, p95 = 40 + 0.8 × 10 = 48, range 36
            {50, 40, 10, 30, 20},
            // metric 2: all zero, range 0: ignored
            {0, 0, 0, 0, 0},
        };
        // distances: r0 2/8.4 + 20/36 = 0.794; r1 1/8.4 + 10/36 = 0.397; r2 0 + 20/36 = 0.556;
        // r3 1/8.4 + 0 = 0.119; r4 8/8.4 + 10/36 = 1.230 → replication 3
        assertThat(EnsembleStats.nearestToMedians(byMetric)).isEqualTo(3);
    }

    @Test
    void ties_for_the_representative_go_to_the_lowest_replication() {
        assertThat(EnsembleStats.nearestToMedians(new double[][] {{0, 0, 0}})).isZero();
        // r0 and r2 are both 1 from the median 1; r1 sits on it
        assertThat(EnsembleStats.nearestToMedians(new double[][] {{0, 1, 2}})).isEqualTo(1);
        assertThat(EnsembleStats.nearestToMedians(new double[][] {{5, 0, 5, 10}})).isZero();
    }

    @Test
    void no_values_and_percentiles_outside_0_to_100_are_refused() {
        assertThatThrownBy(() -> EnsembleStats.median(new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EnsembleStats.percentile(new double[] {1}, 101))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
