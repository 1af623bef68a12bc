package org.lngsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lngsim.scenario.load.ScenarioLoader;

/** The shipped 2024 world: valid, sourced, and adding up to the published imports. */
class World2024Test {

    private static Scenario world;

    @BeforeAll
    static void load() throws ScenarioException {
        world = new ScenarioLoader().load(Path.of("..", "scenarios", "baseline-2024.yaml")).scenario();
    }

    @Test
    void contract_volumes_add_up_to_published_imports_after_boil_off() {
        Map<String, Double> loadedMt = world.contracts().stream()
                .collect(Collectors.groupingBy(Contract::buyer, Collectors.summingDouble(Contract::annualMt)));
        double japanPublished = world.importers().stream().filter(i -> i.id().equals("japan")).findFirst()
                .orElseThrow().publishedImportsMt();
        double indiaPublished = world.importers().stream().filter(i -> i.id().equals("india")).findFirst()
                .orElseThrow().publishedImportsMt();

        assertThat(japanPublished).isEqualTo(65.9);
        assertThat(indiaPublished).isEqualTo(26.0);
        // loaded exceeds delivered by the boil-off of 5-30 day voyages: about 0.5-3%
        assertThat(loadedMt.get("japan") / japanPublished).isBetween(1.0, 1.03);
        assertThat(loadedMt.get("india") / indiaPublished).isBetween(1.0, 1.03);
    }

    @Test
    void every_entity_names_its_source_or_says_it_is_an_estimate() {
        assertThat(world.importers()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
        assertThat(world.plants()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
        assertThat(world.fleets()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
        assertThat(world.regions()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
        assertThat(world.terminals()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
        assertThat(world.contracts()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
        assertThat(world.grids()).allSatisfy(g -> {
            assertThat(g.source()).isNotBlank();
            assertThat(g.generation()).allSatisfy(gen -> assertThat(gen.source()).isNotBlank());
        });
        assertThat(world.gasDemands()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
        assertThat(world.gasPools()).allSatisfy(p -> {
            assertThat(p.source()).isNotBlank();
            assertThat(p.sectors()).allSatisfy(s -> assertThat(s.source()).isNotBlank());
        });
        assertThat(world.chokepoints()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
    }

    @Test
    void the_world_has_the_ids_the_program_and_its_users_rely_on() {
        assertThat(world.plants()).extracting(Plant::id)
                .contains("ras-laffan", "das-island", "qalhat", "sabine-pass", "darwin", "gladstone", "bintulu");
        assertThat(world.terminals()).extracting(Terminal::id)
                .contains("sodegaura", "futtsu", "negishi", "dahej", "hazira", "dabhol");
        assertThat(world.grids()).extracting(Grid::id).containsExactlyInAnyOrder("tokyo", "mumbai");
        assertThat(world.importers()).extracting(Importer::id).containsExactlyInAnyOrder("japan", "india");
        assertThat(world.chokepoints()).extracting(Chokepoint::id).containsExactly(
                "hormuz", "bab-el-mandeb", "suez", "malacca", "lombok", "sunda", "panama");
    }

    @Test
    void india_gas_pool_balance_leaves_the_published_lng_share() {
        GasPool india = world.gasPools().get(0);
        double demand = india.sectors().stream().mapToDouble(Sector::demandMmscmd).sum();
        double lngMmscmd = demand - india.domesticSupplyMmscmd();
        // 1 Mtpa of LNG is about 3.73 mmscmd (1,360 m3 of gas per tonne)
        assertThat(lngMmscmd / 3.73).isCloseTo(26.0, within(1.5));
        assertThat(demand).isBetween(185.0, 200.0);
    }

    @Test
    void hormuz_exposure_matches_published_shares() {
        double japanGulf = gulfShare("japan");
        double indiaGulf = gulfShare("india");

        assertThat(japanGulf).as("Japan's imports through Hormuz (about 6%)").isBetween(0.04, 0.09);
        assertThat(indiaGulf).as("India's imports from Qatar and the UAE (50-55%)").isBetween(0.45, 0.60);
    }

    private static double gulfShare(String buyer) {
        double total = 0;
        double gulf = 0;
        for (Contract contract : world.contracts()) {
            if (contract.buyer().equals(buyer)) {
                total += contract.annualMt();
                if (contract.seller().equals("ras-laffan") || contract.seller().equals("das-island")) {
                    gulf += contract.annualMt();
                }
            }
        }
        return gulf / total;
    }
}
