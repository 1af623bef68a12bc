package org.lngsim.backcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.charts.ChartFormat;
import org.lngsim.run.ScenarioRunner;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.stats.ReplicationSeeds;

/**
 * A back-cast of three replications judges each figure by the three draws: the median and 5–95%
 * range equal those of three one-draw back-casts of the same event with the replications' seeds
 * written into the scenario, and replication 0's run folder is the one kept.
 */
class BackcastEnsembleTest {

    /** Japan's February imports: they move with the contracts' programme phases, so the draws differ. */
    private static final String OBSERVATIONS = "japan-feb,imports,japan,2024-02-01,2024-02-29,,0,,Mt,test,,\n";
    private static final int REPLICATIONS = 3;
    private static final long MINI_WORLD_SEED = 7;

    @TempDir
    static Path dir;
    private static Comparison ensemble;
    private static double[] draws;
    private static Backcast.Outcome outcome;

    @BeforeAll
    static void replay() throws Exception {
        ScenarioLoader loader = new ScenarioLoader();
        Path library = MiniBackcast.library(Files.createDirectories(dir.resolve("ensemble")), OBSERVATIONS, null);
        outcome = new Backcast(new ScenarioRunner("test"), loader, Set.of(ChartFormat.PNG), 2, REPLICATIONS)
                .run(BackcastLibrary.load(library, loader, List.of()), dir.resolve("out"));
        ensemble = outcome.comparisons().get(0);
        List<Double> values = new ArrayList<>();
        for (int r = 0; r < REPLICATIONS; r++) {
            Path single = MiniBackcast.library(Files.createDirectories(dir.resolve("single-" + r)), OBSERVATIONS, null);
            Path scenario = single.resolve(MiniBackcast.EVENT).resolve(BackcastLibrary.SCENARIO_FILE);
            Files.writeString(scenario, Files.readString(scenario) + "seed: "
                    + ReplicationSeeds.ofReplication(MINI_WORLD_SEED, r) + "\n");
            Backcast.Outcome one = new Backcast(new ScenarioRunner("test"), Set.of(ChartFormat.PNG), 1)
                    .run(BackcastLibrary.load(single, loader, List.of()), dir.resolve("single-out-" + r));
            values.add(one.comparisons().get(0).model().value().getAsDouble());
        }
        draws = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    @Test
    void theMedianAndRangeAreThoseOfTheSeparateDraws() {
        // three sorted draws a ≤ b ≤ c: median b; 5th percentile at rank 0.1, 95th at rank 1.9
        double a = draws[0];
        double b = draws[1];
        double c = draws[2];
        assertThat(ensemble.model().replications()).isEqualTo(REPLICATIONS);
        assertThat(ensemble.model().value().getAsDouble()).isCloseTo(b, within(1e-9));
        assertThat(ensemble.model().p5().getAsDouble()).isCloseTo(a + 0.1 * (b - a), within(1e-9));
        assertThat(ensemble.model().p95().getAsDouble()).isCloseTo(b + 0.9 * (c - b), within(1e-9));
        assertThat(a).as("the draws differ, or this test shows nothing: %s", Arrays.toString(draws)).isLessThan(c);
    }

    @Test
    void theTablesCarryTheRangeAndTheReplicationCount() throws Exception {
        String csv = Files.readString(outcome.folder().resolve(BackcastTable.CSV_FILE));
        assertThat(csv.lines().findFirst().orElseThrow()).contains("model,modelP5,modelP95,replications,replicationsWithFigure");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).contains("," + REPLICATIONS + "," + REPLICATIONS + ",");
        assertThat(ensemble.modelText()).matches("[0-9.]+ \\([0-9.]+–[0-9.]+\\)");
    }

    @Test
    void onlyReplicationZerosRunFolderIsKept() throws Exception {
        try (var runs = Files.list(outcome.folder().resolve(Backcast.RUNS))) {
            assertThat(runs.map(p -> p.getFileName().toString())).containsExactly(MiniBackcast.EVENT);
        }
    }
}
