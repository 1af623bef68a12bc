package org.lngsim.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lngsim.events.CargoArrived;
import org.lngsim.events.CargoAtSeaAtStart;
import org.lngsim.events.ProgrammeStarted;

/** The one builder, on the mini world: who is created, in what order, and where they start. */
class WorldBuilderTest {

    @Test
    void ships_are_created_fleet_by_fleet_and_numbered_from_one() {
        MiniWorld mini = MiniWorld.started();

        assertThat(mini.world().vessels()).extracting(VesselAgent::id).containsExactlyElementsOf(Stream.concat(
                IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("standard-%03d", i)),
                IntStream.rangeClosed(1, 10).mapToObj(i -> String.format("q-flex-%03d", i))).toList());
        assertThat(mini.world().fleet("standard").vessels()).hasSize(20);
        assertThat(mini.world().fleet("q-flex").vessels()).hasSize(10);
    }

    @Test
    void every_terminal_belongs_to_its_region_and_every_place_is_registered() {
        MiniWorld mini = MiniWorld.started();

        assertThat(mini.world().region("tokyo-bay").terminals()).containsExactly(mini.world().terminal("futtsu"));
        assertThat(mini.world().region("india").terminals()).containsExactly(mini.world().terminal("dahej"));
        assertThat(mini.world().plant("ras-laffan").id()).isEqualTo("ras-laffan");
        assertThat(mini.world().chokepoint("hormuz").id()).isEqualTo("hormuz");
        assertThat(mini.world().gasPool("india")).isNotNull();
    }

    @Test
    void a_share_of_each_fleet_is_kept_back_from_the_voyages_under_way_at_the_start() {
        // 60 Mt a year from Gladstone is a standard cargo every 76,734 / 60e6 × 8,760 = 11.2 hours
        // on a voyage of about nine days: some 19 would be at sea, but 3 ships of 20 (floor of 15%)
        // are kept back, so 17 are.
        MiniWorld mini = MiniWorld.started("contracts[1].annualMt=60", "plants[1].capacityMtpa=60");

        assertThat(atSea(mini, "standard-")).isEqualTo(17);
    }

    @Test
    void with_arrival_referenced_programmes_the_first_months_arrivals_follow_the_profile() {
        // Gladstone–Japan, 5 Mt a year in 76,734 t cargoes, January weighted 2 of 13 (normalised
        // 24/13): January's rate is 5e6 / 8,760 × 24/13 = 1,053.7 t/h, 783,987 t in its 744 h, or
        // 10.22 cargoes. Cargo k is due to arrive when k + phase cargoes have accumulated, so
        // January receives 10 or 11 cargoes (11 if the seeded phase is at most 0.22), the first
        // two or three of them already at sea at hour 0 (3,784 nm at 19.5 kn = 194 h of sailing,
        // one cargo every 76,734 / 1,053.7 = 72.8 h: 194 / 72.8 = 2.7).
        // Loading-month programmes deliver fewer: the pipeline at the annual mean rate (one cargo
        // every 134 h) less the ships kept back, then January loadings a voyage late.
        MiniWorld byArrival = MiniWorld.run(WINTER_PEAK, "programmes.profileBasis=arrival", "horizonDays=40");
        MiniWorld byLoading = MiniWorld.run(WINTER_PEAK, "programmes.profileBasis=loading", "horizonDays=40");

        assertThat(januaryArrivals(byArrival)).isBetween(10L, 11L);
        assertThat(januaryArrivals(byLoading)).isLessThan(januaryArrivals(byArrival));
        long atSea = byArrival.all(CargoAtSeaAtStart.class, c -> c.contractId().equals("gladstone-japan")).count();
        assertThat(atSea).isBetween(2L, 3L);
        // the event says so, and ordering starts with the next cargo; loading-month runs publish none
        ProgrammeStarted started = byArrival.all(ProgrammeStarted.class, p -> p.contractId().equals("gladstone-japan"))
                .findFirst().orElseThrow();
        assertThat(started.cargoesAtSea()).isEqualTo(atSea).isEqualTo(started.cargoesDueAtSea());
        assertThat(started.firstOrderedCargoId()).isEqualTo("gladstone-japan-" + atSea);
        assertThat(started.nominalVoyageHours()).isCloseTo(24 + 194.1, within(0.1));
        assertThat(byLoading.all(ProgrammeStarted.class).count()).isZero();
    }

    @Test
    void with_arrival_referenced_programmes_no_ship_is_kept_back_but_none_is_in_two_places() {
        // 60 Mt a year: a cargo every 11.2 h; Gladstone–Futtsu is 3,784 nm, 194.1 h at 19.5 kn.
        // Cargo k departs at (k + phase) × 11.2 - 194.1, before hour 0 for k + phase < 17.3: 17
        // or 18 cargoes. With 18 ships all of them can be at sea (each carrying one cargo);
        // loading-month programmes keep floor(15% × 18) = 2 back, so at most 16 go.
        String[] busy = {"contracts[1].annualMt=60", "plants[1].capacityMtpa=60", "fleets[0].vessels=18"};
        MiniWorld byArrival = MiniWorld.started(concat(busy, "programmes.profileBasis=arrival"));
        MiniWorld byLoading = MiniWorld.started(concat(busy, "programmes.profileBasis=loading"));

        assertThat(atSea(byArrival, "standard-")).isBetween(17L, 18L);
        assertThat(atSea(byLoading, "standard-")).isLessThanOrEqualTo(16L);
        assertThat(byArrival.all(CargoAtSeaAtStart.class).map(CargoAtSeaAtStart::vesselId).distinct().count())
                .isEqualTo(byArrival.all(CargoAtSeaAtStart.class).count());
    }

    private static String[] concat(String[] sets, String more) {
        return Stream.concat(Stream.of(sets), Stream.of(more)).toArray(String[]::new);
    }

    private static final String WINTER_PEAK = "contracts[1].seasonalProfile=[2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]";

    private static long januaryArrivals(MiniWorld mini) {
        return mini.all(CargoArrived.class,
                a -> a.cargoId().startsWith("gladstone-japan-") && a.timeHours() < 31 * 24).count();
    }

    @Test
    void starting_again_builds_a_fresh_world_rather_than_a_second_one_beside_it() {
        MiniWorld mini = MiniWorld.started();
        mini.world().start();

        assertThat(mini.world().vessels()).hasSize(30);
        assertThat(mini.world().terminals()).hasSize(2);
        assertThat(mini.world().region("india").terminals()).hasSize(1);
    }

    private static long atSea(MiniWorld mini, String fleetPrefix) {
        return mini.all(CargoAtSeaAtStart.class, c -> c.vesselId().startsWith(fleetPrefix)).count();
    }
}
