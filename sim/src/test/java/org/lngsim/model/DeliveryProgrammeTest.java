package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryProgrammeTest {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);

    @Test
    void a_flat_programme_spaces_cargoes_evenly_and_adds_up_to_the_annual_quantity() {
        DeliveryProgramme programme = new DeliveryProgramme(7.3, 73_000, null, 0.5, START);

        assertThat(programme.cargoesPerYear()).isCloseTo(100, within(1e-9));
        assertThat(programme.loadingHour(0)).isCloseTo(0.5 * 87.6, within(1e-6));
        assertThat(programme.loadingHour(1) - programme.loadingHour(0)).isCloseTo(87.6, within(1e-6));
        assertThat(programme.loadingHour(99)).isLessThan(8760).isGreaterThan(8760 - 87.6);
    }

    @Test
    void a_seasonal_profile_loads_more_cargoes_in_heavy_months() {
        List<Double> winter = List.of(2.0, 2.0, 1.0, 1.0, 1.0, 0.5, 0.5, 0.5, 1.0, 1.0, 1.5, 2.0);
        DeliveryProgramme programme = new DeliveryProgramme(7.3, 73_000, winter, 0.0, START);

        long january = countBetween(programme, 0, 31 * 24);
        long july = countBetween(programme, 181 * 24, 212 * 24);

        assertThat(january).isGreaterThanOrEqualTo(3 * july);
    }

    @Test
    void zero_weight_months_get_no_cargoes() {
        List<Double> monsoon = new ArrayList<>(Collections.nCopies(12, 1.0));
        for (int month = 5; month <= 8; month++) {
            monsoon.set(month, 0.0);
        }
        DeliveryProgramme programme = new DeliveryProgramme(2.0, 60_000, monsoon, 0.3, START);

        assertThat(countBetween(programme, 151 * 24, 273 * 24)).isZero();
        assertThat(countBetween(programme, 0, 365 * 24)).isBetween(33L, 34L);
    }

    private static long countBetween(DeliveryProgramme programme, double fromHour, double toHour) {
        long count = 0;
        for (long k = 0; k < 10_000; k++) {
            double hour = programme.loadingHour(k);
            if (hour >= toHour) {
                break;
            }
            if (hour >= fromHour) {
                count++;
            }
        }
        return count;
    }
}
