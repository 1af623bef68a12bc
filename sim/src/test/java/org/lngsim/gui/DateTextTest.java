package org.lngsim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateTextTest {

    @Test
    void hours_from_the_start_read_as_date_hour_and_day() {
        // 1 March 2024 is day 60 of the leap year (31 + 29); hour 60 × 24 + 14 = 1454
        assertThat(DateText.of(LocalDate.of(2024, 1, 1), 1454.5)).isEqualTo("2024-03-01 14:00 (day 60)");
        assertThat(DateText.of(LocalDate.of(2024, 1, 1), -5)).isEqualTo("2024-01-01 00:00 (day 0)");
    }
}
