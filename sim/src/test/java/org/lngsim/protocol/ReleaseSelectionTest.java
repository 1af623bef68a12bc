package org.lngsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReleaseSelectionTest {

    private static final ReleaseRules RULES = new ReleaseRules(21, 10, 12, 3);

    @Test
    void earliest_arrival_at_the_requester_goes_first() {
        List<Candidate> candidates = List.of(candidate("late", 70_000, 300, 1), candidate("early", 70_000, 100, 5),
                candidate("middle", 70_000, 200, 0));

        List<ReleaseSelection.Release> releases = ReleaseSelection.select(candidates, 100_000, 2_000_000, 50_000,
                arrivalsOf(candidates), 0, RULES);

        assertThat(releases).extracting(r -> r.cargo().cargoId()).containsExactly("early", "middle");
    }

    @Test
    void ineligible_cargoes_are_never_released() {
        List<Candidate> candidates = List.of(
                new Candidate("fixed-destination", 70_000, false, true, 10, 0, true),
                new Candidate("no-berth", 70_000, true, false, 10, 0, true),
                new Candidate("too-far", 70_000, true, true, 10, 13, true),
                new Candidate("discharged-first", 70_000, true, true, 10, 0, false),
                candidate("ok", 70_000, 20, 0));

        assertThat(ReleaseSelection.select(candidates, 1e9, 5_000_000, 50_000, arrivalsOf(candidates), 0, RULES))
                .extracting(r -> r.cargo().cargoId()).containsExactly("ok");
    }

    @Test
    void the_donor_stops_before_its_floor_and_reports_its_cover_after_each_release() {
        // donor: 1,400 kt usable, 50 kt/day, five 70 kt cargoes due on days 1..5, floor 10 days: its
        // day-21 cover is 14 days, 12.6 after one release, 11.2 after two, 9.8 after three
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            candidates.add(candidate("c" + i, 70_000, i * 24, 0));
        }
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            arrivals.add(new Arrival("c" + i, i * 24.0, 70_000));
        }

        List<ReleaseSelection.Release> releases = ReleaseSelection.select(candidates, 1e9, 1_400_000, 50_000, arrivals, 0,
                new ReleaseRules(21, 10, 12, 10));

        assertThat(releases).extracting(r -> r.cargo().cargoId()).containsExactly("c1", "c2");
        assertThat(releases).allSatisfy(r -> assertThat(r.donorCoverAfterDays()).isGreaterThanOrEqualTo(10));
        List<Arrival> left = new ArrayList<>(arrivals);
        releases.forEach(r -> left.removeIf(a -> a.cargoId().equals(r.cargo().cargoId())));
        assertThat(CoverProjection.minCoverDays(1_400_000, 50_000, left, 0, 21)).isGreaterThanOrEqualTo(10);
    }

    @Test
    void a_higher_floor_never_releases_more_cargoes_or_volume() {
        Random random = new Random(20241122);
        for (int trial = 0; trial < 2_000; trial++) {
            List<Candidate> candidates = new ArrayList<>();
            List<Arrival> arrivals = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                double massT = 50_000 + random.nextInt(50_000);
                double donorArrival = random.nextDouble() * 30 * 24;
                candidates.add(new Candidate("c" + i, massT, random.nextDouble() < 0.8, random.nextDouble() < 0.9,
                        random.nextDouble() * 25 * 24, random.nextDouble() * 15 - 3, random.nextDouble() < 0.9));
                arrivals.add(new Arrival("c" + i, donorArrival, massT));
            }
            double usable = random.nextDouble() * 2_000_000;
            double use = 20_000 + random.nextDouble() * 100_000;
            double request = random.nextDouble() * 600_000;
            int cap = 1 + random.nextInt(5);
            double lowFloor = random.nextDouble() * 15;
            double highFloor = lowFloor + random.nextDouble() * 10;

            List<ReleaseSelection.Release> low = ReleaseSelection.select(candidates, request, usable, use, arrivals, 0,
                    new ReleaseRules(21, lowFloor, 12, cap));
            List<ReleaseSelection.Release> high = ReleaseSelection.select(candidates, request, usable, use, arrivals, 0,
                    new ReleaseRules(21, highFloor, 12, cap));

            assertThat(high.size()).as("trial %d", trial).isLessThanOrEqualTo(low.size());
            assertThat(volume(high)).as("trial %d", trial).isLessThanOrEqualTo(volume(low));
            assertThat(high).allSatisfy(r -> assertThat(r.donorCoverAfterDays()).isGreaterThanOrEqualTo(highFloor));
        }
    }

    private static double volume(List<ReleaseSelection.Release> releases) {
        return releases.stream().mapToDouble(r -> r.cargo().massT()).sum();
    }

    private static Candidate candidate(String id, double massT, double arrivalHour, double extraDays) {
        return new Candidate(id, massT, true, true, arrivalHour, extraDays, true);
    }

    private static List<Arrival> arrivalsOf(List<Candidate> candidates) {
        return candidates.stream().map(c -> new Arrival(c.cargoId(), 24 * 15, c.massT())).toList();
    }
}
