package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    private static final String BASELINE = CliRun.repositoryFile("scenarios/baseline-2024.yaml").toString();

    @TempDir
    Path directory;

    @Test
    void a_run_writes_the_run_folder_and_prints_the_headline_numbers() {
        Path out = directory.resolve("baseline");

        CliRun run = CliRun.of("run", BASELINE, "--out", out.toString());

        assertThat(run.exitCode).as(run.err).isEqualTo(0);
        assertThat(run.out).contains("japan    received").contains("grid tokyo").contains("mass balance")
                .contains("wrote " + out);
        assertThat(out.resolve("events.csv")).exists();
        assertThat(out.resolve("timeseries.csv")).exists();
        assertThat(out.resolve("cargoes.csv")).exists();
        assertThat(out.resolve("summary.json")).exists();
        assertThat(out.resolve("run.json")).exists();
        assertThat(out.resolve("scenario.resolved.yaml")).exists();
    }

    @Test
    void the_same_seed_gives_byte_identical_files() throws IOException {
        Path first = directory.resolve("first");
        Path second = directory.resolve("second");

        assertThat(CliRun.of("run", BASELINE, "--out", first.toString(), "--seed", "11").exitCode).isEqualTo(0);
        assertThat(CliRun.of("run", BASELINE, "--out", second.toString(), "--seed", "11").exitCode).isEqualTo(0);

        for (String file : List.of("events.csv", "timeseries.csv", "cargoes.csv", "summary.json", "scenario.resolved.yaml")) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
        assertThat(withoutWallTime(second)).isEqualTo(withoutWallTime(first));
    }

    /** The mini world for two months: the cheapest run that still draws every chart. */
    @Test
    void the_same_run_twice_gives_byte_identical_charts_in_every_format() throws IOException {
        Path first = directory.resolve("first");
        Path second = directory.resolve("second");
        String[] common = {"run", CliRun.miniWorld(), "--set", "horizonDays=60", "--format", "png,svg,pdf"};

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
                "--set", "horizonDays=20", "--set", "disruptions=[{type: chokepoint-closure, chokepoint: hormuz, "
                        + "startDay: 5, endDay: 30}]");

        assertThat(run.exitCode).as(run.err).isEqualTo(0);
        assertThat(run.err).contains(": disruptions[0].endDay: warning: ends on day 30, past the horizon of 20 days");
        assertThat(out.resolve("summary.json")).exists();
    }

    @Test
    void another_seed_gives_another_run() throws IOException {
        Path first = directory.resolve("first");
        Path second = directory.resolve("second");

        CliRun.of("run", BASELINE, "--out", first.toString(), "--seed", "1");
        CliRun.of("run", BASELINE, "--out", second.toString(), "--seed", "2");

        assertThat(Files.readAllBytes(second.resolve("events.csv"))).isNotEqualTo(Files.readAllBytes(first.resolve("events.csv")));
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

    private static JsonNode withoutWallTime(Path folder) throws IOException {
        ObjectNode runJson = (ObjectNode) new ObjectMapper().readTree(folder.resolve("run.json").toFile());
        runJson.remove("wallTimeSeconds");
        return runJson;
    }
}
