package org.lngsim.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lngsim.events.CargoAtSeaAtStart;

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
