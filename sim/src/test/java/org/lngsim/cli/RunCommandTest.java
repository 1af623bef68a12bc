package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    private static final String BASELINE = CliRun.repositoryFile("scenarios/baseline-2024.yaml").toString();

    /**
     * The baseline year run once for the class, as a user runs it (charts, report and
     * counterfactual): the costliest run of these tests, so the others compare against it.
     */
    @TempDir
    static Path shared;
    private static Path baseline;
    private static CliRun baselineRun;

    @TempDir
    Path directory;

    @BeforeAll
    static void runTheBaselineOnce() {
        baseline = shared.resolve("baseline");
        baselineRun = CliRun.of("run", BASELINE, "--out", baseline.toString(), "--seed", "11", "--replications", "1");
    }

    @Test
    void a_run_writes_the_run_folder_and_prints_the_headline_numbers() {
        assertThat(baselineRun.exitCode).as(baselineRun.err).isEqualTo(0);
        assertThat(baselineRun.out).contains("japan    received").contains("grid tokyo").contains("mass balance")
                .contains("wrote " + baseline);
        assertThat(baseline.resolve("events.csv")).exists();
        assertThat(baseline.resolve("timeseries.csv")).exists();
        assertThat(baseline.resolve("cargoes.csv")).exists();
        assertThat(baseline.resolve("summary.json")).exists();
        assertThat(baseline.resolve("run.json")).exists();
        assertThat(baseline.resolve("scenario.resolved.yaml")).exists();
        assertThat(baseline.resolve("report.html")).exists();
    }

    /** Charts are left out of the second run: their bytes are compared on the mini world below. */
    @Test
    void the_same_seed_gives_byte_identical_files() throws IOException {
        Path second = directory.resolve("second");

        assertThat(CliRun.of("run", BASELINE, "--out", second.toString(), "--seed", "11", "--no-charts",
                "--replications", "1").exitCode)
                .isEqualTo(0);

        for (String file : List.of("events.csv", "timeseries.csv", "cargoes.csv", "summary.json", "scenario.resolved.yaml",
                "counterfactual/timeseries.csv")) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(baseline.resolve(file)));
        }
        JsonNode secondRun = withoutWallTime(second);
        JsonNode firstRun = withoutWallTime(baseline);
        assertThat(fileNames(secondRun)).isEqualTo(fileNames(firstRun).stream()
                .filter(f -> !f.startsWith("charts/") && !f.equals("report.html")).toList());
        ((ObjectNode) secondRun).remove("files");
        ((ObjectNode) firstRun).remove("files");
        assertThat(secondRun).isEqualTo(firstRun);
    }

    /** The mini world for two months: the cheapest run that still draws every chart. */
    @Test
    void the_same_run_twice_gives_byte_identical_charts_in_every_format() throws IOException {
        Path first = directory.resolve("first");
        Path second = directory.resolve("second");
        String[] common = {"run", CliRun.miniWorld(), "--set", "horizonDays=60", "--format", "png,svg,pdf",
            "--replications", "1"};

        CliRun one = CliRun.of(concat(common, "--out", first.toString()));
        CliRun two = CliRun.of(concat(common, "--out", second.toString()));

        assertThat(one.exitCode).as(one.err).isEqualTo(0);
        assertThat(two.exitCode).as(two.err).isEqualTo(0);
        List<String> charts;
        try (Stream<Path> files = Files.list(first.resolve("charts"))) {
            charts = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(charts).contains("shortfall.png", "shortfall.svg", "shortfall.pdf").hasSizeGreaterThanOrEqualTo(18);
        for (String chart : charts) {
            assertThat(Files.mismatch(first.resolve("charts").resolve(chart), second.resolve("charts").resolve(chart)))
                    .as(chart).isEqualTo(-1L);
        }
        assertThat(Files.mismatch(first.resolve("report.html"), second.resolve("report.html"))).isEqualTo(-1L);
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void a_run_prints_the_scenario_warnings_and_still_runs() {
        Path out = directory.resolve("late");

        CliRun run = CliRun.of("run", CliRun.miniWorld(), "--out", out.toString(), "--no-charts", "--no-counterfactual",
                "--replications", "1", "--set", "horizonDays=20", "--set", "disruptions=[{type: chokepoint-closure, chokepoint: hormuz, "
                        + "startDay: 5, endDay: 30}]");

        assertThat(run.exitCode).as(run.err).isEqualTo(0);
        assertThat(run.err).contains(": disruptions[0].endDay: warning: ends on day 30, past the horizon of 20 days");
        assertThat(out.resolve("summary.json")).exists();
    }

    @Test
    void another_seed_gives_another_run() throws IOException {
        Path other = directory.resolve("other");

        CliRun run = CliRun.of("run", BASELINE, "--out", other.toString(), "--seed", "12", "--no-charts",
                "--no-counterfactual", "--replications", "1");

        assertThat(run.exitCode).as(run.err).isEqualTo(0);
        assertThat(Files.readAllBytes(other.resolve("events.csv"))).isNotEqualTo(Files.readAllBytes(baseline.resolve("events.csv")));
    }

    @Test
    void an_invalid_scenario_writes_nothing_and_exits_2() throws IOException {
        Path out = directory.resolve("never");

        CliRun run = CliRun.of("run", BASELINE, "--out", out.toString(), "--set", "horizonDays=0");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("horizonDays: must be at least 1 (found 0)");
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(directory)) {
            assertThat(left).isEmpty();
        }
    }

    private static List<String> fileNames(JsonNode runJson) {
        List<String> names = new ArrayList<>();
        runJson.get("files").forEach(f -> names.add(f.asText()));
        return names;
    }

    private static JsonNode withoutWallTime(Path folder) throws IOException {
        ObjectNode runJson = (ObjectNode) new ObjectMapper().readTree(folder.resolve("run.json").toFile());
        runJson.remove("wallTimeSeconds");
        return runJson;
    }
}
