package org.lngsim.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.charts.RunFixture;
import org.lngsim.cli.Main;
import org.lngsim.scenario.load.TestScenarios;

/** {@code lngsim compare} through the command line, on real run folders. */
class CompareCommandTest {

    record Result(int code, String out, String err) {
    }

    static Result lngsim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @TempDir
    static Path runs;

    /** Two short runs of the mini world, 20 days apart in horizon, and one of 20 days with another seed. */
    @BeforeAll
    static void makeRuns() {
        String world = TestScenarios.miniWorld().toString();
        assertThat(lngsim("run", world, "--set", "horizonDays=20", "--no-charts", "--out", runs.resolve("a").toString())
                .code()).isZero();
        assertThat(lngsim("run", world, "--set", "horizonDays=20", "--seed", "8", "--set", "protocol.enabled=false",
                "--no-charts", "--out", runs.resolve("b").toString()).code()).isZero();
        assertThat(lngsim("run", world, "--set", "horizonDays=40", "--no-charts", "--out", runs.resolve("long").toString())
                .code()).isZero();
        // the same seeds as run a, protocol off: its replications pair with a's
        assertThat(lngsim("run", world, "--set", "horizonDays=20", "--set", "protocol.enabled=false", "--no-charts",
                "--out", runs.resolve("a-off").toString()).code()).isZero();
        assertThat(lngsim("run", world, "--set", "horizonDays=20", "--replications", "1", "--no-charts", "--out",
                runs.resolve("one").toString()).code()).isZero();
    }

    /** A headline's every replication value, in replication order, as ensemble.json lists them. */
    private static List<Double> draws(String run, String metric) throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(runs.resolve(run).resolve("ensemble.json")
                .toFile());
        for (var headline : json.get("headlines")) {
            if (headline.get("metric").asText().equals(metric)) {
                List<Double> values = new ArrayList<>();
                headline.get("values").forEach(v -> values.add(v.asDouble()));
                return values;
            }
        }
        throw new AssertionError("no headline " + metric + " in " + run);
    }

    /** The median of an even count of values: the mean of the two middle ones. */
    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static ComparisonTable.Row row(Comparison comparison, String key) {
        return comparison.table().rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void writesAPageWithEveryRunsHeadlinesTheirDifferencesAndTheThreeOverlayCharts(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cmp");

        Result r = lngsim("compare", runs.resolve("a").toString(), runs.resolve("b").toString(), "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("compared 2 runs").contains("compare.html");
        String page = Files.readString(out.resolve("compare.html"));
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<table id=\"comparison\">")
                .contains("Tokyo grid: unserved electricity (GWh)").contains("mini-world (protocol off)")
                .contains("<th>Difference</th>").contains("chart-shortfall").contains("chart-stocks")
                .contains("chart-arrivals").doesNotContain("<script");
        try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
            assertThat(charts.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("shortfall.png",
                    "stocks.png", "arrivals.png");
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("cmp"); // nothing left aside
        }
    }

    @Test
    void ensemblesAreComparedByTheirMediansAndRangesWhenTheirSeedsDiffer() throws Exception {
        // a (seed 7) and b (seed 8) ran different seeds: the difference is that of the medians
        Comparison comparison = Comparison.read(List.of(runs.resolve("a"), runs.resolve("b")));
        ComparisonTable.Row delivered = row(comparison, "importer:japan:deliveredMt");
        double a = median(draws("a", "importers.japan.deliveredMt"));
        double b = median(draws("b", "importers.japan.deliveredMt"));
        assertThat(delivered.values()).containsExactly(a, b);
        assertThat(delivered.draws()).allSatisfy(d -> assertThat(d.values()).hasSize(20));
        Difference d = delivered.differences().get(1);
        assertThat(d.delta()).isCloseTo(b - a, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(d.ranged()).as("unpaired: no paired range").isFalse();
    }

    @Test
    void ensemblesOfTheSameSeedsAreComparedReplicationByReplication() throws Exception {
        Comparison comparison = Comparison.read(List.of(runs.resolve("a"), runs.resolve("a-off")));
        List<Double> on = draws("a", "importers.japan.deliveredMt");
        List<Double> off = draws("a-off", "importers.japan.deliveredMt");
        List<Double> paired = new ArrayList<>();
        for (int r = 0; r < on.size(); r++) {
            paired.add(off.get(r) - on.get(r));
        }
        Difference d = row(comparison, "importer:japan:deliveredMt").differences().get(1);
        if (paired.stream().allMatch(x -> Math.abs(x) < 1e-9)) {
            assertThat(d.verdict()).isEqualTo(Verdict.SAME);
        } else {
            assertThat(d.ranged()).isTrue();
            assertThat(d.delta()).isCloseTo(median(paired), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void aSingleDrawAgainstAnEnsembleComparesTheDrawWithTheMedian() throws Exception {
        Comparison comparison = Comparison.read(List.of(runs.resolve("one"), runs.resolve("a")));
        var one = org.lngsim.output.RunSummary.read(runs.resolve("one/summary.json"));
        ComparisonTable.Row tokyo = row(comparison, "grid:tokyo:unservedGWh");
        assertThat(tokyo.values().get(0)).isEqualTo(one.grids().get("tokyo").unservedGWh());
        assertThat(tokyo.draws().get(0)).isNull();
        assertThat(tokyo.values().get(1)).isEqualTo(median(draws("a", "grids.tokyo.unservedGWh")));
        assertThat(comparison.replications()).containsExactly(1, 20);
    }

    @Test
    void theConsoleShowsTheTableWithMediansAndRanges(@TempDir Path dir) {
        Result r = lngsim("compare", runs.resolve("a").toString(), runs.resolve("a-off").toString(), "--out",
                dir.resolve("cmp").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("measure").contains("mini-world (median of 20)")
                .contains("mini-world (protocol off) (median of 20)").contains("difference")
                .containsPattern("Tokyo grid: unserved electricity \\(GWh\\) +[0-9.,]+ \\([0-9.,]+–[0-9.,]+\\)");
    }

    @Test
    void anEarlierComparisonIsReplacedButAFolderLngsimDidNotWriteIsRefused(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cmp");
        assertThat(lngsim("compare", runs.resolve("a").toString(), runs.resolve("b").toString(), "--out",
                out.toString()).code()).isZero();
        assertThat(lngsim("compare", runs.resolve("b").toString(), runs.resolve("a").toString(), "--out",
                out.toString()).code()).isZero();
        assertThat(Files.readString(out.resolve("compare.html"))).contains("each run minus the first, mini-world (protocol off)");

        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep");
        Result r = lngsim("compare", runs.resolve("a").toString(), runs.resolve("b").toString(), "--out", mine.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not a comparison folder").doesNotContain("\tat ");
        assertThat(Files.readString(mine.resolve("notes.txt"))).isEqualTo("keep");
        try (Stream<Path> files = Files.list(mine)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void runsOfDifferentPeriodsAreRefusedWithExit2SayingWhy(@TempDir Path dir) {
        Result r = lngsim("compare", runs.resolve("a").toString(), runs.resolve("long").toString(), "--out",
                dir.resolve("cmp").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("different periods").contains("20 days").contains("40 days")
                .contains("--set horizonDays=20").doesNotContain("Exception");
        assertThat(dir.resolve("cmp")).doesNotExist();
    }

    @Test
    void aFolderThatIsNotARunFolderIsRefusedWithExit2(@TempDir Path dir) {
        Result r = lngsim("compare", runs.resolve("a").toString(), dir.toString(), "--out", dir.resolve("cmp").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not a run folder").doesNotContain("\tat ");
    }

    @Test
    void aCorruptSummaryIsRefusedWithExit2NamingTheFile(@TempDir Path dir) throws Exception {
        Path copy = RunFixture.copy(dir.resolve("run"));
        Files.writeString(copy.resolve("summary.json"), "{ not json");
        Result r = lngsim("compare", RunFixture.folder().toString(), copy.toString(), "--out", dir.resolve("cmp").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("summary.json").contains("cannot be read").doesNotContain("\tat ");
        assertThat(dir.resolve("cmp")).doesNotExist();
    }

    @Test
    void oneRunFolderIsAUsageErrorWithExit2(@TempDir Path dir) {
        Result r = lngsim("compare", runs.resolve("a").toString(), "--out", dir.resolve("cmp").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("RUN_DIR");
    }

    @Test
    void writingTheComparisonIntoOneOfItsRunFoldersIsRefused() {
        Result r = lngsim("compare", runs.resolve("a").toString(), runs.resolve("b").toString(), "--out",
                runs.resolve("b").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(Files.exists(runs.resolve("b").resolve("compare.html"))).isFalse();
    }
}
