package org.lngsim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.ScenarioException;

/** Valid values that are probably slips load, with a located warning each. */
class ScenarioWarningsTest {

    @TempDir
    Path directory;

    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void a_percentage_written_as_a_fraction_is_a_warning_where_it_was_written() throws ScenarioException {
        Path file = TestScenarios.extendingMiniWorld(directory, "fraction.yaml", """
                disruptions:
                  - type: plant-outage
                    plant: ras-laffan
                    startDay: 10
                    endDay: 20
                    remainingCapacityPct: 0.7
                """);

        LoadedScenario loaded = loader.load(file);

        assertThat(loaded.warnings()).extracting(Problem::renderAsWarning).containsExactly(file
                + ":7:27: disruptions[0].remainingCapacityPct: warning: 0.7 is read as 0.7%, not 70% "
                + "(percentages are written 0 to 100)");
        assertThat(loaded.scenario().disruptions()).hasSize(1);
    }

    @Test
    void zero_one_hundred_and_fractions_of_rates_are_no_slips() throws ScenarioException {
        Path file = TestScenarios.extendingMiniWorld(directory, "fine.yaml", """
                disruptions:
                  - {type: plant-outage, plant: ras-laffan, startDay: 10, endDay: 20, remainingCapacityPct: 0}
                  - {type: plant-outage, plant: gladstone, startDay: 10, endDay: 365, remainingCapacityPct: 1}
                """);

        // the mini world's fleets lose 0.1 and 0.12 boilOffPctPerDay: a rate, not a percentage field
        assertThat(loader.load(file).warnings()).isEmpty();
    }

    @Test
    void a_window_ending_past_the_horizon_is_a_warning_by_day_or_by_date() throws ScenarioException {
        Path file = TestScenarios.extendingMiniWorld(directory, "late.yaml", """
                disruptions:
                  - {type: chokepoint-closure, chokepoint: hormuz, startDay: 300, endDay: 400}
                  - {type: chokepoint-closure, chokepoint: malacca, startDate: 2024-03-01, endDate: 2025-03-15}
                """);

        LoadedScenario loaded = loader.load(file);

        // 2024 is a leap year: 2025-03-15 is day 439 of a run from 2024-01-01
        assertThat(loaded.warnings()).extracting(Problem::renderAsWarning).containsExactly(
                file + ":3:75: disruptions[0].endDay: warning: ends on day 400, past the horizon of 365 days: "
                        + "it is still on when the run ends",
                file + ":4:85: disruptions[1].endDate: warning: ends on day 439, past the horizon of 365 days: "
                        + "it is still on when the run ends");
    }

    @Test
    void an_end_on_the_horizon_closes_with_the_run_and_is_no_slip() throws ScenarioException {
        Path file = TestScenarios.extendingMiniWorld(directory, "to-the-end.yaml", """
                disruptions:
                  - {type: chokepoint-closure, chokepoint: hormuz, startDay: 300, endDay: 365}
                """);

        assertThat(loader.load(file).warnings()).isEmpty();
    }

    @Test
    void overrides_are_checked_for_slips_too() throws ScenarioException {
        LoadedScenario loaded = loader.load(TestScenarios.miniWorld(), List.of("horizonDays=30",
                "terminals[0].initialStockPct=0.5"));

        assertThat(loaded.warnings()).extracting(Problem::renderAsWarning).containsExactly(
                "--set terminals[0].initialStockPct=0.5:1:30: terminals[0].initialStockPct: warning: "
                        + "0.5 is read as 0.5%, not 50% (percentages are written 0 to 100)");
    }

    @Test
    void the_mini_world_has_no_warnings() throws ScenarioException {
        assertThat(loader.load(TestScenarios.miniWorld()).warnings()).isEmpty();
    }
}
