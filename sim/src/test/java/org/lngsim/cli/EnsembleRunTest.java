package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.output.EnsembleSummary;
import org.lngsim.run.ScenarioRunner;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.sweep.Ensemble;

/**
 * {@code lngsim run} with replications: the mini world for two months with a Hormuz closure, so
 * the replications differ, run as an ensemble of three on one thread and on two.
 */
class EnsembleRunTest {

    private static final String[] SCENARIO = {CliRun.miniWorld(), "--set", "horizonDays=60", "--set",
        "disruptions=[{type: chokepoint-closure, chokepoint: hormuz, startDay: 10, endDay: 40}]"};

    @TempDir
    static Path shared;
    private static Path oneThread;
    private static Path twoThreads;
    private static CliRun onOneThread;

    @BeforeAll
    static void runTheEnsembleOnOneThreadAndOnTwo() {
        oneThread = shared.resolve("one-thread");
        twoThreads = shared.resolve("two-threads");
        onOneThread = CliRun.of(args("--out", oneThread.toString(), "--replications", "3", "--threads", "1"));
        CliRun onTwo = CliRun.of(args("--out", twoThreads.toString(), "--replications", "3", "--threads", "2"));
        assertThat(onOneThread.exitCode).as(onOneThread.err).isZero();
        assertThat(onTwo.exitCode).as(onTwo.err).isZero();
    }

    private static String[] args(String... more) {
        return Stream.concat(Stream.of("run"), Stream.concat(Stream.of(SCENARIO), Stream.of(more))).toArray(String[]::new);
    }

    @Test
    void one_and_two_threads_give_byte_identical_run_folders() throws IOException {
        List<String> files = files(oneThread);
        assertThat(files).isEqualTo(files(twoThreads)).contains("ensemble.json", "ensemble/bands.csv",
                "charts/shortfall-bands.png", "charts/stocks-bands.png", "report.html");
        for (String file : files) {
            if (!file.equals("run.json")) {
                assertThat(Files.mismatch(oneThread.resolve(file), twoThreads.resolve(file))).as(file).isEqualTo(-1L);
            }
        }
        assertThat(withoutWallTime(oneThread)).isEqualTo(withoutWallTime(twoThreads));
    }

    @Test
    void the_ensemble_gives_each_headline_as_median_and_range_with_the_chance_the_protocol_is_worse()
            throws IOException {
        EnsembleSummary ensemble = EnsembleSummary.read(oneThread.resolve("ensemble.json"));
        JsonNode summary = new ObjectMapper().readTree(oneThread.resolve("summary.json").toFile());

        assertThat(ensemble.replications()).isEqualTo(3);
        // replication 0 is the scenario's own seed; the others derive from it
        assertThat(ensemble.seeds().get(0)).isEqualTo(ensemble.scenarioSeed());
        assertThat(ensemble.seeds().get(1)).isEqualTo(Ensemble.seed(ensemble.scenarioSeed(), 1))
                .isNotEqualTo(ensemble.scenarioSeed());
        // the folder's per-run files are the representative's
        assertThat(summary.get("seed").asLong()).isEqualTo(ensemble.representative().seed());
        assertThat(ensemble.headlines()).isNotEmpty().allSatisfy(h -> {
            assertThat(h.values()).hasSize(3);
            assertThat(h.p5()).isLessThanOrEqualTo(h.median());
            assertThat(h.median()).isLessThanOrEqualTo(h.p95());
            assertThat(h.probabilityWorse() != null).isEqualTo(h.isAvoided());
        });
        EnsembleSummary.Headline avoided = ensemble.headline(EnsembleSummary.Subject.GAS_POOL, "india",
                EnsembleSummary.Quantity.AVOIDED);
        long worse = avoided.values().stream().filter(v -> v < 0).count();
        assertThat(avoided.probabilityWorse()).isCloseTo(worse / 3.0, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(onOneThread.out).contains("ensemble of 3 paired replications").contains("worse with the protocol in");
        assertThat(Files.readString(oneThread.resolve("report.html"))).contains("id=\"ensemble\"")
                .contains("Across 3 paired replications").contains("id=\"chart-shortfall-bands\"");
        assertThat(Files.readString(oneThread.resolve("ensemble/bands.csv")))
                .startsWith("day,entity,variable,side,unit,p5,p50,p95\n");
    }

    @Test
    void one_replication_writes_the_run_folder_of_the_scenario_seed_as_before(@TempDir Path dir) throws Exception {
        Path cli = dir.resolve("cli");
        CliRun run = CliRun.of(args("--out", cli.toString(), "--replications", "1", "--no-charts"));
        LoadedScenario loaded = new ScenarioLoader().load(Path.of(SCENARIO[0]), List.of(SCENARIO[2], SCENARIO[4]));
        Path library = new ScenarioRunner("test").run(loaded, dir.resolve("library"), List.of(SCENARIO[2], SCENARIO[4]))
                .folder();

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).doesNotContain("ensemble");
        assertThat(files(cli)).isEqualTo(files(library)).doesNotContain("ensemble.json");
        for (String file : List.of("events.csv", "timeseries.csv", "cargoes.csv", "routes.csv", "summary.json",
                "scenario.resolved.yaml", "counterfactual/timeseries.csv")) {
            assertThat(Files.mismatch(cli.resolve(file), library.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    @Test
    void fewer_than_one_replication_or_thread_or_too_many_replications_are_refused_with_exit_2(@TempDir Path dir) {
        CliRun tooMany = CliRun.of(args("--out", dir.resolve("c").toString(), "--replications", "10001"));
        assertThat(tooMany.exitCode).isEqualTo(2);
        assertThat(tooMany.err).contains("--replications must be between 1 and 10000 (found 10001)");
        assertThat(dir.resolve("c")).doesNotExist();

        CliRun none = CliRun.of(args("--out", dir.resolve("a").toString(), "--replications", "0"));
        CliRun noThreads = CliRun.of(args("--out", dir.resolve("b").toString(), "--threads", "0"));

        assertThat(none.exitCode).isEqualTo(2);
        assertThat(none.err).contains("--replications must be between 1 and 10000 (found 0)");
        assertThat(noThreads.exitCode).isEqualTo(2);
        assertThat(noThreads.err).contains("--threads must be at least 1");
        assertThat(dir.resolve("a")).doesNotExist();
        assertThat(dir.resolve("b")).doesNotExist();
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static JsonNode withoutWallTime(Path folder) throws IOException {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(folder.resolve("run.json").toFile());
        json.remove("wallTimeSeconds");
        return json;
    }
}
