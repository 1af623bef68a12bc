package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Month spans counted by hand from the calendar. */
class MonthSpansTest {

    @Test
    void the_first_span_runs_to_the_end_of_the_start_month_and_later_spans_are_whole_months() {
        MonthSpans spans = MonthSpans.from(LocalDate.of(2024, 1, 15));

        assertThat(spans.hours(0)).isEqualTo(17 * 24.0); // 15..31 January
        assertThat(spans.monthOfYearIndex(0)).isZero();
        assertThat(spans.hours(1)).isEqualTo(29 * 24.0); // February of a leap year
        assertThat(spans.monthOfYearIndex(1)).isEqualTo(1);
        assertThat(spans.hours(13)).isEqualTo(28 * 24.0); // February 2025
        assertThat(spans.monthOfYearIndex(11)).isEqualTo(11);
        assertThat(spans.monthOfYearIndex(12)).isZero();
    }

    @Test
    void twelve_spans_from_new_year_hold_the_years_hours_and_leap_centuries_follow_the_gregorian_rule() {
        MonthSpans spans = MonthSpans.from(LocalDate.of(2024, 1, 1));
        double hours = 0;
        for (int i = 0; i < 12; i++) {
            hours += spans.hours(i);
        }
        assertThat(hours).isEqualTo(366 * 24.0);

        MonthSpans from2099 = MonthSpans.from(LocalDate.of(2099, 12, 1));
        assertThat(from2099.hours(2)).as("February 2100 is not a leap month").isEqualTo(28 * 24.0);
        assertThat(from2099.hours(MonthSpans.MONTHS - 1)).isPositive();
    }

    @Test
    void one_table_per_start_date_is_shared() {
        assertThat(MonthSpans.from(LocalDate.of(2026, 3, 1))).isSameAs(MonthSpans.from(LocalDate.of(2026, 3, 1)));
    }
}
