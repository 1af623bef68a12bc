package org.lngsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.charts.RunFixture;
import org.lngsim.cli.Main;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.scenario.load.TestScenarios;

class ChartCommandTest {

    record Result(int code, String out, String err) {
    }

    static Result lngsim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void redrawsAllChartsInEveryFormatAndReplacesTheOldOnesLeavingNothingAside(@TempDir Path dir) throws Exception {
        Path run = RunFixture.copy(dir.resolve("run"));
        Files.createDirectories(run.resolve("charts"));
        Files.writeString(run.resolve("charts/stale.png"), "old");
        Files.writeString(run.resolve("report.html"), "old");

        Result r = lngsim("chart", run.toString(), "--format", "png,svg,pdf");

        assertThat(r.code()).as(r.err()).isZero();
        try (Stream<Path> files = Files.list(run.resolve("charts"))) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(18).doesNotContain("stale.png")
                    .contains("shortfall.png", "route-map.svg", "redirections.pdf");
        }
        assertThat(Files.readString(run.resolve("report.html"))).startsWith("<!DOCTYPE html>");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("run"); // nothing left aside
        }
        JsonNode listed = new ObjectMapper().readTree(run.resolve("run.json").toFile()).path("files");
        assertThat(listed).hasSize(countFiles(run)).anyMatch(f -> f.asText().equals("charts/route-map.svg"))
                .anyMatch(f -> f.asText().equals("report.html")).noneMatch(f -> f.asText().contains("stale"));
    }

    private static int countFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aMissingRunFolderExitsWith2AndAClearMessage(@TempDir Path dir) {
        Result r = lngsim("chart", dir.resolve("nope").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such folder").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aFolderThatIsNotARunFolderExitsWith2(@TempDir Path dir) {
        Result r = lngsim("chart", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not a run folder").doesNotContain("\tat ");
    }

    @Test
    void aCorruptSummaryExitsWith2AndKeepsTheOldReport(@TempDir Path dir) throws Exception {
        Path run = RunFixture.copy(dir.resolve("run"));
        Files.writeString(run.resolve("report.html"), "old");
        Files.writeString(run.resolve("summary.json"), "{ not json");

        Result r = lngsim("chart", run.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("summary.json: cannot be read").doesNotContain("\tat ");
        assertThat(Files.readString(run.resolve("report.html"))).isEqualTo("old");
    }

    @Test
    void anUnknownFormatIsAUsageError(@TempDir Path dir) {
        Result r = lngsim("chart", dir.toString(), "--format", "png,gif");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown chart format 'gif'");
    }

    @Test
    void runDrawsChartsAndReportUnlessNoCharts(@TempDir Path dir) throws Exception {
        String scenario = TestScenarios.miniWorld().toString();
        Result with = lngsim("run", scenario, "--out", dir.resolve("with").toString(), "--format", "svg",
                "--replications", "1");
        Result without = lngsim("run", scenario, "--out", dir.resolve("without").toString(), "--no-charts",
                "--replications", "1");

        assertThat(with.code()).as(with.err()).isZero();
        assertThat(dir.resolve("with/charts/shortfall.svg")).exists();
        assertThat(dir.resolve("with/charts/shortfall.png")).exists(); // always: report.html is drawn from the PNGs
        assertThat(dir.resolve("with/report.html")).exists();
        assertThat(without.code()).as(without.err()).isZero();
        assertThat(dir.resolve("without/charts")).doesNotExist();
        assertThat(dir.resolve("without/report.html")).doesNotExist();
    }

    @Test
    void chartDoesNotCheckTheSeaLanesOfTheResolvedScenarioAgain(@TempDir Path dir) throws Exception {
        // The first plant (Ras Laffan) moved to the Sahara: the full load refuses it, far from every lane.
        Path run = RunFixture.copy(dir.resolve("run"));
        Path resolved = run.resolve("scenario.resolved.yaml");
        String yaml = Files.readString(resolved);
        String rasLaffan = "  location:\n    lat: 25.93\n    lon: 51.62\n";
        assertThat(yaml).contains(rasLaffan);
        Files.writeString(resolved, yaml.replaceFirst(rasLaffan, "  location:\n    lat: 23\n    lon: 10\n"));
        assertThat(catchThrowable(() -> new ScenarioLoader().load(resolved))).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("lane");

        Result r = lngsim("chart", run.toString(), "--format", "png");

        assertThat(r.code()).as(r.err()).isZero();
    }
}
