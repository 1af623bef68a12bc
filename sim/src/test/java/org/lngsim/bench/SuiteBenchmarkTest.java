package org.lngsim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite on a short baseline: what it measures is consistent with itself (no timing is asserted). */
class SuiteBenchmarkTest {

    private static SuiteBenchmark.Figures figures;

    @TempDir
    static Path dir;

    @BeforeAll
    static void measure() throws Exception {
        Path shortBaseline = dir.resolve("short.yaml");
        Files.writeString(shortBaseline, "extends: " + Path.of("..", "scenarios", "baseline-2024.yaml").toAbsolutePath()
                + "\nname: short-baseline\nhorizonDays: 30\n");
        Path closure = dir.resolve("closure.yaml");
        Files.writeString(closure, "extends: " + shortBaseline + "\nname: short-closure\n"
                + "disruptions:\n  - {id: shut, type: chokepoint-closure, chokepoint: hormuz, startDay: 5, endDay: 20}\n");
        figures = new SuiteBenchmark(new SuiteBenchmark.Plan(shortBaseline, List.of(closure, shortBaseline), List.of(), closure,
                1, 3, 2, 1), message -> { }).run();
    }

    @Test
    void every_interleaved_round_times_both_the_model_and_the_bare_schedule() {
        SuiteBenchmark.PerStep step = figures.perStep();

        assertThat(step.steps()).isPositive();
        assertThat(step.ratio().count()).isEqualTo(3);
        assertThat(step.modelSeconds().count()).isEqualTo(3);
        assertThat(step.bareSeconds().count()).isEqualTo(3);
        assertThat(step.ratio().min()).isPositive();
    }

    @Test
    void the_baseline_pair_comes_first_once_and_is_the_unit_of_the_others() {
        assertThat(figures.pairs()).extracting(SuiteBenchmark.Pair::scenario).containsExactly("short-baseline",
                "short-closure");
        assertThat(figures.pairs().get(0).ratioToBaselinePair()).isEqualTo(1.0);
        SuiteBenchmark.Pair closure = figures.pairs().get(1);
        assertThat(closure.ratioToBaselinePair())
                .isEqualTo(closure.seconds().median() / figures.pairs().get(0).seconds().median());
        assertThat(closure.seconds().count()).isEqualTo(2);
    }

    @Test
    void the_horizon_figure_compares_ten_times_the_days() {
        assertThat(figures.horizon().days()).isEqualTo(30);
        assertThat(figures.horizon().longDays()).isEqualTo(300);
        assertThat(figures.horizon().horizonRatio()).isEqualTo(10.0);
    }

    @Test
    void the_default_ensemble_run_is_timed_end_to_end() {
        assertThat(figures.ensemble().scenario()).isEqualTo("short-closure");
        assertThat(figures.ensemble().replications()).isEqualTo(org.lngsim.sweep.Ensemble.DEFAULT_REPLICATIONS);
        assertThat(figures.ensemble().seconds()).isPositive();
    }

    @Test
    void the_json_file_carries_its_marker_and_every_figure_and_may_be_replaced_by_the_next_suite() throws Exception {
        Path file = dir.resolve("bench.json");
        SuiteReport.write(file, figures);
        SuiteReport.write(file, figures);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.path("kind").asText()).isEqualTo(SuiteReport.KIND);
        assertThat(json.at("/figures/perStep/ratio/median").asDouble()).isEqualTo(figures.perStep().ratio().median());
        assertThat(json.at("/figures/pairs/1/scenario").asText()).isEqualTo("short-closure");
        assertThat(SuiteReport.text(figures)).contains("per step, model / bare MASON schedule")
                .contains("short-closure").contains("the baseline pair");
    }
}
