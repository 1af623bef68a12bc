package org.lngsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoverProjectionTest {

    @Test
    void cover_falls_a_day_a_day_without_arrivals() {
        assertThat(CoverProjection.minCoverDays(1_000, 100, List.of(), 0, 5)).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void an_arrival_lifts_the_projection_from_its_day() {
        List<Arrival> arrivals = List.of(new Arrival("c", 2 * 24, 500));

        // day 2: 1000 + 500 - 200 = 1300 → 13 days; day 10: 1000 + 500 - 1000 = 500 → 5 days
        assertThat(CoverProjection.minCoverDays(1_000, 100, arrivals, 0, 10)).isCloseTo(5.0, within(1e-9));
        assertThat(CoverProjection.minCoverDays(1_000, 100, arrivals, 0, 1)).isCloseTo(9.0, within(1e-9));
    }

    @Test
    void the_request_is_what_keeps_cover_at_the_target_all_window_long() {
        double needT = CoverProjection.shortfallToTargetT(1_000, 100, List.of(), 0, 10, 7);

        // day 10: usable 0, target 7 days = 700 t
        assertThat(needT).isCloseTo(700, within(1e-9));
        List<Arrival> withNeed = List.of(new Arrival("r", 0, needT));
        assertThat(CoverProjection.minCoverDays(1_000, 100, withNeed, 0, 10)).isCloseTo(7.0, within(1e-9));
    }

    @Test
    void a_rising_use_lowers_the_projection_by_what_is_used_and_by_the_use_of_the_day() {
        double[] use = {100, 100, 200, 200};

        // day 3: 1,000 - 400 used = 600 t over 200 t/day = 3 days (a flat 100 t/day would say 7)
        assertThat(CoverProjection.minCoverDays(1_000, use, List.of(), 0, 3)).isCloseTo(3.0, within(1e-9));
        assertThat(CoverProjection.minCoverDays(1_000, 100, List.of(), 0, 3)).isCloseTo(7.0, within(1e-9));
        // to keep 5 days on day 3: 5 x 200 - 600 = 400 t
        assertThat(CoverProjection.shortfallToTargetT(1_000, use, List.of(), 0, 3, 5)).isCloseTo(400, within(1e-9));
    }
}
