package org.lngsim.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void an_odd_count_has_its_middle_value_as_median_and_interpolated_quartiles() {
        // sorted 1, 2, 3, 4, 10: median the 3rd; 25% at position 1.0 → 2; 75% at position 3.0 → 4
        Spread spread = Spread.of(List.of(10.0, 1.0, 3.0, 2.0, 4.0));

        assertThat(spread.median()).isEqualTo(3.0);
        assertThat(spread.lowerQuartile()).isEqualTo(2.0);
        assertThat(spread.upperQuartile()).isEqualTo(4.0);
        assertThat(spread.min()).isEqualTo(1.0);
        assertThat(spread.max()).isEqualTo(10.0);
        assertThat(spread.count()).isEqualTo(5);
        assertThat(spread.relativeIqr()).isCloseTo(2.0 / 3.0, within(1e-12));
    }

    @Test
    void an_even_count_interpolates_between_the_two_middle_values() {
        // sorted 1, 2, 4, 8: median at position 1.5 → 3; 25% at 0.75 → 1.75; 75% at 2.25 → 5
        Spread spread = Spread.of(List.of(8.0, 2.0, 1.0, 4.0));

        assertThat(spread.median()).isEqualTo(3.0);
        assertThat(spread.lowerQuartile()).isEqualTo(1.75);
        assertThat(spread.upperQuartile()).isEqualTo(5.0);
    }

    @Test
    void one_value_is_its_own_spread_and_none_is_refused() {
        Spread one = Spread.of(List.of(0.5));
        assertThat(one.median()).isEqualTo(0.5);
        assertThat(one.relativeIqr()).isZero();
        assertThatThrownBy(() -> Spread.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
