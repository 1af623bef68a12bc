package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

    @Test
    void a_loading_referenced_programme_loads_on_its_due_dates_and_arrives_a_voyage_later_by_itself() {
        // byLoading is the plain constructor: loading hours are the due dates of the first
        // test, (k + 0.5) × 87.6 h.
        DeliveryProgramme programme = DeliveryProgramme.byLoading(7.3, 73_000, null, 0.5, START);

        assertThat(programme.arrivalReferenced()).isFalse();
        assertThat(programme.nominalVoyageHours()).isZero();
        assertThat(programme.loadingHour(3)).isCloseTo(3.5 * 87.6, within(1e-6));
    }

    @Test
    void an_arrival_referenced_flat_programme_loads_one_nominal_voyage_before_each_delivery_date() {
        // 100 cargoes a year: one every 87.6 h. Cargo k is due to ARRIVE at (k + 0.5) × 87.6 h;
        // the voyage is 24 h of loading and 240 h of sailing, so it departs 240 h and starts
        // loading 264 h before that.
        //   cargo 0: arrives 43.8, departs 43.8 - 240 = -196.2, loads -196.2 - 24 = -220.2
        //   cargo 5: arrives 5.5 × 87.6 = 481.8, departs 241.8, loads 217.8
        DeliveryProgramme programme = DeliveryProgramme.byArrival(7.3, 73_000, null, 0.5, START, 24, 240);

        assertThat(programme.arrivalReferenced()).isTrue();
        assertThat(programme.nominalVoyageHours()).isEqualTo(264);
        assertThat(programme.targetArrivalHour(0)).isCloseTo(43.8, within(1e-6));
        assertThat(programme.departureHour(0)).isCloseTo(-196.2, within(1e-6));
        assertThat(programme.loadingHour(0)).isCloseTo(-220.2, within(1e-6));
        assertThat(programme.targetArrivalHour(5)).isCloseTo(481.8, within(1e-6));
        assertThat(programme.departureHour(5)).isCloseTo(241.8, within(1e-6));
        assertThat(programme.loadingHour(5)).isCloseTo(217.8, within(1e-6));
    }

    @Test
    void the_cargoes_at_sea_at_the_start_are_those_that_left_before_hour_zero() {
        // Departures at (k + 0.5) × 87.6 - 240: k = 0, 1, 2 at -196.2, -108.6, -21.0 (before 0);
        // k = 3 at 66.6. So three cargoes are at sea at hour 0; cargo 2 is 21 h out.
        DeliveryProgramme programme = DeliveryProgramme.byArrival(7.3, 73_000, null, 0.5, START, 24, 240);

        assertThat(programme.cargoesDepartedBefore(0.0)).isEqualTo(3);
        assertThat(programme.departureHour(2)).isCloseTo(-21.0, within(1e-6));
        assertThat(programme.departureHour(3)).isCloseTo(66.6, within(1e-6));
        // a voyage shorter than the first arrival: nothing at sea
        assertThat(DeliveryProgramme.byArrival(7.3, 73_000, null, 0.5, START, 24, 40).cargoesDepartedBefore(0.0))
                .isZero();
    }

    @Test
    void an_arrival_referenced_seasonal_programme_delivers_the_months_weight_in_that_month() {
        // Weights sum to 14, so January's normalised weight is 2 × 12 / 14 = 12/7. The rate in
        // January is 7.3e6 / 8,760 × 12/7 = 1,428.571 t/h: one 73,000 t cargo every 51.1 h.
        // With phase 0, cargo k ARRIVES at 51.1 k h while January lasts (744 h): cargoes 0..14
        // (14 × 51.1 = 715.4 h), 15 of them; cargo 15 arrives in February. Loading at 51.1 k - 264.
        List<Double> winter = List.of(2.0, 2.0, 1.0, 1.0, 1.0, 0.5, 0.5, 0.5, 1.0, 1.0, 1.5, 2.0);
        DeliveryProgramme programme = DeliveryProgramme.byArrival(7.3, 73_000, winter, 0.0, START, 24, 240);

        assertThat(programme.targetArrivalHour(1)).isCloseTo(51.1, within(1e-6));
        assertThat(programme.loadingHour(1)).isCloseTo(51.1 - 264, within(1e-6));
        assertThat(programme.targetArrivalHour(14)).isCloseTo(715.4, within(1e-6));
        assertThat(programme.targetArrivalHour(15)).isGreaterThan(744);
        // departures before 0: 51.1 k < 240, k = 0..4 (4 × 51.1 = 204.4; 5 × 51.1 = 255.5)
        assertThat(programme.cargoesDepartedBefore(0.0)).isEqualTo(5);
    }

    @Test
    void a_programme_whose_profile_is_all_zero_never_loads_and_has_nothing_at_sea() {
        List<Double> none = Collections.nCopies(12, 0.0);
        DeliveryProgramme programme = DeliveryProgramme.byArrival(2.0, 60_000, none, 0.3, START, 24, 240);

        assertThat(programme.loadingHour(0)).isInfinite();
        assertThat(programme.cargoesDepartedBefore(0.0)).isZero();
    }

    @Test
    void a_nominal_voyage_must_be_finite_and_not_negative() {
        assertThatThrownBy(() -> DeliveryProgramme.byArrival(2.0, 60_000, null, 0.3, START, -1, 240))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeliveryProgramme.byArrival(2.0, 60_000, null, 0.3, START, 24,
                Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
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
