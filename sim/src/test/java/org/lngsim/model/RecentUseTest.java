package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RecentUseTest {

    @Test
    void before_any_day_is_recorded_the_average_is_the_ordinary_use() {
        RecentUse use = new RecentUse(182, new double[] {24, 58});

        assertThat(use.averages()).containsExactly(new double[] {24, 58}, within(1e-12));
    }

    @Test
    void recorded_days_replace_the_oldest_ones() {
        RecentUse use = new RecentUse(4, new double[] {10});

        use.record(new double[] {2});
        // (10 + 10 + 10 + 2) / 4 = 8
        assertThat(use.averages()[0]).isCloseTo(8, within(1e-12));
        use.record(new double[] {2});
        use.record(new double[] {2});
        use.record(new double[] {2});
        use.record(new double[] {6});
        // the window now holds 2, 2, 2, 6: the first 2 dropped out → 12 / 4 = 3
        assertThat(use.averages()[0]).isCloseTo(3, within(1e-12));
    }

    @Test
    void a_day_with_the_wrong_number_of_sectors_is_refused() {
        RecentUse use = new RecentUse(4, new double[] {10, 20});

        assertThatThrownBy(() -> use.record(new double[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecentUse(0, new double[] {1})).isInstanceOf(IllegalArgumentException.class);
    }
}
