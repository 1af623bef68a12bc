package org.lngsim.backcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class WindowsTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    @Test
    void datesBecomeDaysFromTheStartWithBothEndsIncluded() {
        Windows march = Windows.of(START, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        // 2024 is a leap year: 31 + 29 days before 1 March
        assertThat(march.firstDay()).isEqualTo(60);
        assertThat(march.lastDay()).isEqualTo(90);
        assertThat(march.days()).isEqualTo(31);
    }

    @Test
    void aMomentBelongsToTheDayItFallsOn() {
        Windows day = new Windows(2, 2);
        assertThat(day.holdsHours(48.0)).isTrue();
        assertThat(day.holdsHours(71.9)).isTrue();
        assertThat(day.holdsHours(72.0)).isFalse();
        assertThat(day.holdsHours(47.9)).isFalse();
    }

    @Test
    void onlyWholeCalendarMonthsAreCounted() {
        assertThat(Windows.wholeMonths(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 4, 30)))
                .containsExactly(YearMonth.of(2024, 2), YearMonth.of(2024, 3), YearMonth.of(2024, 4));
        assertThat(Windows.wholeMonths(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 30))).isEmpty();
        assertThat(Windows.wholeMonths(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 31)))
                .containsExactly(YearMonth.of(2024, 12), YearMonth.of(2025, 1));
    }

    @Test
    void sumsMeansAndMinimaSkipMissingDays() {
        double[] daily = {9, 1, 2, Double.NaN, 6, 9};
        Windows window = new Windows(1, 4);
        assertThat(window.sum(daily)).isEqualTo(9.0);
        assertThat(window.mean(daily).getAsDouble()).isEqualTo(3.0);
        assertThat(window.min(daily).getAsDouble()).isEqualTo(1.0);
        assertThat(new Windows(3, 3).mean(daily)).isEmpty();
    }

    @Test
    void aWindowCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Windows(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
