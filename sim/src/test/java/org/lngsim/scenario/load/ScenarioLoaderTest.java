package org.lngsim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.scenario.DayWindow;
import org.lngsim.scenario.DeliveryTerms;
import org.lngsim.scenario.Disruption;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;

class ScenarioLoaderTest {

    @TempDir
    Path directory;

    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void a_valid_world_binds_to_records_with_its_values() throws ScenarioException {
        Scenario scenario = loader.load(TestScenarios.miniWorld()).scenario();

        assertThat(scenario.name()).isEqualTo("mini-world");
        assertThat(scenario.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(scenario.horizonDays()).isEqualTo(365);
        assertThat(scenario.seed()).isEqualTo(7L);
        assertThat(scenario.plant("ras-laffan").orElseThrow().capacityMtpa()).isEqualTo(77.0);
        assertThat(scenario.contracts().get(0).terms()).isEqualTo(DeliveryTerms.FOB);
        assertThat(scenario.contracts().get(0).terminals()).containsExactly("dahej");
        assertThat(scenario.gasPools().get(0).sectors()).extracting(s -> s.id())
                .containsExactly("city-gas-priority", "fertiliser", "power");
        assertThat(scenario.protocol().parties()).containsExactly("japan", "india");
        assertThat(scenario.grids().get(0).generation().get(1).hourlyProfile()).hasSize(24);
    }

    @Test
    void extends_merges_maps_deeply_and_replaces_lists() throws ScenarioException {
        Path file = TestScenarios.extendingMiniWorld(directory, "child.yaml", """
                name: child
                protocol:
                  triggerDaysOfCover: 3
                importers:
                  - {id: japan, name: Japan}
                  - {id: india, name: India}
                """);

        Scenario scenario = loader.load(file).scenario();

        assertThat(scenario.name()).isEqualTo("child");
        assertThat(scenario.protocol().triggerDaysOfCover()).isEqualTo(3.0);
        assertThat(scenario.protocol().targetDaysOfCover()).as("kept from the base").isEqualTo(12.0);
        assertThat(scenario.importers()).allSatisfy(i -> assertThat(i.publishedImportsMt()).isNull());
        assertThat(scenario.plants()).hasSize(2);
    }

    @Test
    void set_overrides_apply_after_extends_with_yaml_typed_values() throws ScenarioException {
        Path file = TestScenarios.extendingMiniWorld(directory, "closure.yaml", """
                name: closure
                disruptions:
                  - {type: chokepoint-closure, chokepoint: hormuz, startDay: 10, endDay: 24}
                """);

        LoadedScenario loaded = loader.load(file, List.of("protocol.enabled=false", "disruptions[0].endDay=90",
                "shipping.closureResponse=reroute"));

        Scenario scenario = loaded.scenario();
        assertThat(scenario.protocol().enabled()).isFalse();
        Disruption closure = scenario.disruptions().get(0);
        assertThat(closure).isInstanceOf(Disruption.ChokepointClosure.class);
        assertThat(closure.window(scenario.start())).isEqualTo(new DayWindow(10, 90));
        assertThat(loaded.resolved().at("/protocol/enabled").asBoolean()).isFalse();
    }

    @Test
    void a_bad_override_is_reported_at_the_override_with_the_other_problems() {
        ScenarioException failure = catchThrowableOfType(ScenarioException.class, () -> loader.load(
                TestScenarios.miniWorld(), List.of("protocol.enabled=perhaps", "disruptions[3].endDay=9", "seed")));

        assertThat(failure.problems()).extracting(Problem::render).containsExactly(
                "--set disruptions[3].endDay=9:1:1: disruptions: index 3 is out of range: the list has 0 items",
                "--set protocol.enabled=perhaps:1:18: protocol.enabled: expected true or false, found the string 'perhaps'",
                "--set seed:1:1: expected path=value, e.g. protocol.enabled=false");
    }

    @Test
    void an_override_index_beyond_any_list_is_a_located_problem() {
        ScenarioException failure = catchThrowableOfType(ScenarioException.class, () -> loader.load(
                TestScenarios.miniWorld(), List.of("protocol.enabled=false", "disruptions[99999999999].endDay=9")));

        assertThat(failure.problems()).extracting(Problem::render).containsExactly(
                "--set disruptions[99999999999].endDay=9:1:1: disruptions[99999999999].endDay: index [99999999999] is "
                        + "too large for a list");
    }

    @Test
    void dates_resolve_to_day_offsets_from_the_scenario_start() throws ScenarioException {
        Path file = TestScenarios.extendingMiniWorld(directory, "dated.yaml", """
                disruptions:
                  - {type: terminal-outage, terminal: dahej, startDate: 2024-03-01, endDate: 2024-03-15}
                """);

        Scenario scenario = loader.load(file).scenario();

        assertThat(scenario.disruptions().get(0).window(scenario.start())).isEqualTo(new DayWindow(60, 74));
    }

    @Test
    void every_problem_is_reported_at_once_in_reading_order() {
        Path file = TestScenarios.extendingMiniWorld(directory, "many.yaml", """
                horizonDays: 0
                seed: -4
                color: blue
                disruptions:
                  - {type: plant-outage, plant: nowhere, remainingCapacityPct: 50, startDay: 9, endDay: 3}
                """);

        ScenarioException failure = catchThrowableOfType(ScenarioException.class, () -> loader.load(file));

        assertThat(failure.problems()).extracting(p -> p.location().line()).containsExactly(2, 3, 4, 6, 6);
        assertThat(failure.problems()).extracting(Problem::path).containsExactly(
                "horizonDays", "seed", "color", "disruptions[0].plant", "disruptions[0].endDay");
    }

    @Test
    void the_input_hash_identifies_the_resolved_scenario() throws ScenarioException {
        String plain = loader.load(TestScenarios.miniWorld()).inputHash();
        String again = loader.load(TestScenarios.miniWorld()).inputHash();
        String changed = loader.load(TestScenarios.miniWorld(), List.of("seed=8")).inputHash();

        assertThat(plain).hasSize(64).isEqualTo(again).isNotEqualTo(changed);
    }

    @Test
    void without_the_network_check_a_place_far_from_every_lane_still_loads() throws ScenarioException {
        // Ras Laffan moved to the Sahara: hundreds of nm from any sea lane (the check allows 100).
        List<String> inland = List.of("plants[0].location.lat=23", "plants[0].location.lon=10");
        ScenarioException refused = catchThrowableOfType(
                () -> loader.load(TestScenarios.miniWorld(), inland), ScenarioException.class);
        assertThat(refused).as("the full load checks the network").isNotNull();
        assertThat(refused.problems()).extracting(Problem::render).anyMatch(m -> m.contains("plants[0].location"));

        Scenario scenario = ScenarioLoader.withoutNetworkCheck().load(TestScenarios.miniWorld(), inland).scenario();

        assertThat(scenario.plant("ras-laffan").orElseThrow().location().lon()).isEqualTo(10.0);
    }

    @Test
    void without_the_network_check_every_other_check_still_runs() {
        ScenarioException refused = catchThrowableOfType(() -> ScenarioLoader.withoutNetworkCheck()
                .load(TestScenarios.miniWorld(), List.of("protocol.enabled=perhaps")), ScenarioException.class);
        assertThat(refused).isNotNull();
    }
}
