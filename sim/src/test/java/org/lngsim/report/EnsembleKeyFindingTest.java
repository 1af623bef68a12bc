package org.lngsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.charts.ChartFormat;
import org.lngsim.charts.DisplayNumbers;
import org.lngsim.run.ScenarioRunner;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.scenario.load.TestScenarios;
import org.lngsim.sweep.Ensemble;

/**
 * The briefing of an ensemble opens with the ensemble's median and range, not one replication's
 * figures, and gives India's gas in mmscm in its ensemble table as the headline table does.
 */
class EnsembleKeyFindingTest {

    @Test
    void theKeyFindingIsTheMedianOfTheReplicationsWithItsRange(@TempDir Path dir) throws Exception {
        Path world = TestScenarios.miniWorld();
        List<String> sets = List.of("horizonDays=20");
        Path run = dir.resolve("run");
        new Ensemble(new ScenarioRunner("test")).run(new ScenarioLoader().load(world, sets), world, sets, run, 3, 2, true,
                folder -> { });
        String page = Files.readString(Briefing.writeInto(run, Set.of(ChartFormat.PNG)).report());

        // the mini world's Tokyo is short from the first day in every replication: the median of
        // three sorted values is the middle one; its share of the (same) demand as the summary's
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.resolve("ensemble.json").toFile());
        List<Double> tokyo = new ArrayList<>();
        for (var h : json.get("headlines")) {
            if (h.get("metric").asText().equals("grids.tokyo.unservedGWh")) {
                h.get("values").forEach(v -> tokyo.add(v.asDouble()));
            }
        }
        List<Double> sorted = tokyo.stream().sorted().toList();
        double demandGWh = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.resolve("summary.json").toFile())
                .at("/grids/tokyo/demandGWh").asDouble();
        String expected = "Across 3 paired replications, Tokyo grid lacked "
                + (sorted.get(1) >= 100 ? DisplayNumbers.whole(sorted.get(1)) : DisplayNumbers.two(sorted.get(1)))
                + " GWh of electricity in the median (" + DisplayNumbers.two(100 * sorted.get(1) / demandGWh)
                + "% of its demand; 5–95%: ";
        assertThat(page).contains("<p id=\"key-finding\">" + expected);
        assertThat(page).contains("the protocol made it worse in");
        assertThat(page).contains("gas pool: unserved gas (mmscm)").doesNotContain("(Mt LNG)")
                .doesNotContain("how ties in the schedule are broken");
    }
}
