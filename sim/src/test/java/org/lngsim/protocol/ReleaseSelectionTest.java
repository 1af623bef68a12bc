package org.lngsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReleaseSelectionTest {

    private static final ReleaseRules RULES = new ReleaseRules(21, 10, 12, 3);

    @Test
    void earliest_arrival_at_the_requester_goes_first() {
        List<Candidate> candidates = List.of(candidate("late", 70_000, 300, 1), candidate("early", 70_000, 100, 5),
                candidate("middle", 70_000, 200, 0));

        List<ReleaseSelection.Release> releases = regionOnly(candidates, 100_000, 2_000_000, flat(50_000),
                arrivalsOf(candidates), 0, RULES);

        assertThat(releases).extracting(r -> r.cargo().cargoId()).containsExactly("early", "middle");
    }

    @Test
    void ineligible_cargoes_are_never_released() {
        List<Candidate> candidates = List.of(
                new Candidate("fixed-destination", "donor-terminal", 70_000, false, true, 10, 0, true),
                new Candidate("no-berth", "donor-terminal", 70_000, true, false, 10, 0, true),
                new Candidate("too-far", "donor-terminal", 70_000, true, true, 10, 13, true),
                new Candidate("discharged-first", "donor-terminal", 70_000, true, true, 10, 0, false),
                candidate("ok", 70_000, 20, 0));

        assertThat(regionOnly(candidates, 1e9, 5_000_000, flat(50_000), arrivalsOf(candidates), 0, RULES))
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

        List<ReleaseSelection.Release> releases = regionOnly(candidates, 1e9, 1_400_000, flat(50_000), arrivals, 0,
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
                candidates.add(new Candidate("c" + i, "donor-terminal", massT, random.nextDouble() < 0.8, random.nextDouble() < 0.9,
                        random.nextDouble() * 25 * 24, random.nextDouble() * 15 - 3, random.nextDouble() < 0.9));
                arrivals.add(new Arrival("c" + i, donorArrival, massT));
            }
            double usable = random.nextDouble() * 2_000_000;
            // a use that drifts day by day, as a season turns
            double[] use = new double[22];
            use[0] = 20_000 + random.nextDouble() * 100_000;
            for (int d = 1; d < use.length; d++) {
                use[d] = use[d - 1] * (0.97 + random.nextDouble() * 0.06);
            }
            double request = random.nextDouble() * 600_000;
            int cap = 1 + random.nextInt(5);
            double lowFloor = random.nextDouble() * 15;
            double highFloor = lowFloor + random.nextDouble() * 10;

            List<ReleaseSelection.Release> low = regionOnly(candidates, request, usable, use, arrivals, 0,
                    new ReleaseRules(21, lowFloor, 12, cap));
            List<ReleaseSelection.Release> high = regionOnly(candidates, request, usable, use, arrivals, 0,
                    new ReleaseRules(21, highFloor, 12, cap));

            assertThat(high.size()).as("trial %d", trial).isLessThanOrEqualTo(low.size());
            assertThat(volume(high)).as("trial %d", trial).isLessThanOrEqualTo(volume(low));
            assertThat(high).allSatisfy(r -> assertThat(r.donorCoverAfterDays()).isGreaterThanOrEqualTo(highFloor));
        }
    }

    @Test
    void a_donor_facing_a_rising_use_releases_less_than_at_a_flat_use() {
        // the same 1,400 kt and five 70 kt cargoes as above, but use climbs from 50 to 60 kt/day
        // over three weeks (autumn into winter): 1,150 kt used before day 21 leaves 1,400+350-1,150 =
        // 600 kt, 10.0 days at that day's 60 kt/day: at the floor already, so nothing can go
        List<Candidate> candidates = new ArrayList<>();
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            candidates.add(candidate("c" + i, 70_000, i * 24, 0));
            arrivals.add(new Arrival("c" + i, i * 24.0, 70_000));
        }
        double[] rising = new double[22];
        for (int d = 0; d < rising.length; d++) {
            rising[d] = 50_000 + 10_000 * d / 21.0;
        }
        ReleaseRules rules = new ReleaseRules(21, 10, 12, 10);

        assertThat(regionOnly(candidates, 1e9, 1_400_000, flat(50_000), arrivals, 0, rules)).hasSize(2);
        assertThat(regionOnly(candidates, 1e9, 1_400_000, rising, arrivals, 0, rules)).isEmpty();
    }

    @Test
    void a_drained_terminal_keeps_its_cargoes_even_when_its_region_has_stock_to_spare() {
        // the region holds 3,000 kt at 100 kt/day (about 30 days); the small terminal c1 is bound
        // for holds 50 kt at its 20 kt/day share: with c1 it never drops below 2.5 days over the
        // three-day window, without it it runs dry on day 3 — so c1 stays, and (stopping, not
        // skipping) so does c2
        List<Candidate> candidates = List.of(new Candidate("c1", "small", 70_000, true, true, 24, 0, true),
                new Candidate("c2", "big", 70_000, true, true, 48, 0, true));
        List<Arrival> arrivals = List.of(new Arrival("c1", 24, 70_000), new Arrival("c2", 48, 70_000));
        Stock region = new Stock(3_000_000, flat(100_000), arrivals);
        Map<String, Stock> terminals = Map.of(
                "small", new Stock(50_000, flat(20_000), List.of(arrivals.get(0))),
                "big", new Stock(2_950_000, flat(80_000), List.of(arrivals.get(1))));
        ReleaseRules rules = new ReleaseRules(3, 2, 12, 10);

        assertThat(ReleaseSelection.select(candidates, 1e9, region, terminals, 0, rules)).isEmpty();
        assertThat(ReleaseSelection.select(candidates, 1e9, region, Map.of(), 0, rules))
                .extracting(r -> r.cargo().cargoId()).containsExactly("c1", "c2");
        // once c1's terminal is well stocked, both go
        Map<String, Stock> stocked = Map.of(
                "small", new Stock(500_000, flat(20_000), List.of(arrivals.get(0))),
                "big", terminals.get("big"));
        assertThat(ReleaseSelection.select(candidates, 1e9, region, stocked, 0, rules)).hasSize(2);
    }

    /** Selection with the region's stock alone (no terminal to check). */
    private static List<ReleaseSelection.Release> regionOnly(List<Candidate> candidates, double requestT, double usableT,
            double[] useByDayT, List<Arrival> arrivals, double nowHour, ReleaseRules rules) {
        return ReleaseSelection.select(candidates, requestT, new Stock(usableT, useByDayT, arrivals), Map.of(),
                nowHour, rules);
    }

    private static double[] flat(double useT) {
        double[] use = new double[22];
        Arrays.fill(use, useT);
        return use;
    }

    private static double volume(List<ReleaseSelection.Release> releases) {
        return releases.stream().mapToDouble(r -> r.cargo().massT()).sum();
    }

    private static Candidate candidate(String id, double massT, double arrivalHour, double extraDays) {
        return new Candidate(id, "donor-terminal", massT, true, true, arrivalHour, extraDays, true);
    }

    private static List<Arrival> arrivalsOf(List<Candidate> candidates) {
        return candidates.stream().map(c -> new Arrival(c.cargoId(), 24 * 15, c.massT())).toList();
    }
}
