package org.lngsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.charts.DisplayNumbers;
import org.lngsim.charts.MiniRuns;
import org.lngsim.charts.RunFixture;
import org.lngsim.cli.Main;

/** The briefing fixes of issue 16, item 3, as report.html and 'lngsim chart' carry them. */
class BriefingFixesTest {

    @Test
    void aProtocolOffRunsHeadlineColumnSaysWhatTheRunIs(@TempDir Path dir) {
        var run = MiniRuns.run(dir, "horizonDays: 20\nprotocol: {enabled: false, parties: [japan, india]}\n");

        String page = ReportPage.render(run, Map.of());

        assertThat(page).contains("<th>This run (protocol off)</th>").doesNotContain("With the protocol");
    }

    @Test
    void aDisruptionWithoutADescriptionNamesItsChokepointAndWhatItDoes(@TempDir Path dir) {
        var run = MiniRuns.run(dir, """
                horizonDays: 40
                disruptions:
                  - {type: chokepoint-closure, id: shut, chokepoint: hormuz, startDay: 10, endDay: 30}
                """);

        String page = ReportPage.render(run, Map.of());

        // Day 10 of a run from 1 Jan 2024 is 11 Jan; it ends at the start of day 30, so 30 Jan is its last day.
        assertThat(page).contains("<li>Disruption <b>shut</b> (chokepoint-closure of Strait of Hormuz (hormuz),"
                + " 11 Jan 2024 to 30 Jan 2024): Strait of Hormuz (hormuz) closed to LNG carriers</li>");
        assertThat(page).doesNotContain("): </li>");
    }

    @Test
    void theReportOpensWithOneSentenceOfKeyFindingAndSaysItHasNoBaseline(@TempDir Path dir) {
        var run = MiniRuns.run(dir, "horizonDays: 20\n");
        var tokyo = run.summary().grids().get("tokyo");

        String page = ReportPage.render(run, Map.of());

        // The mini world's Tokyo runs short from the first day, 1 Jan 2024.
        String finding = "<p id=\"key-finding\">Tokyo grid lacked " + DisplayNumbers.whole(tokyo.unservedGWh())
                + " GWh of electricity (" + DisplayNumbers.two(tokyo.unservedPct()) + "% of its demand) from 1 Jan 2024"
                + " with the protocol; without it, ";
        assertThat(page).contains(finding);
        assertThat(page.indexOf("id=\"key-finding\"")).isLessThan(page.indexOf("id=\"description\""))
                .isLessThan(page.indexOf("id=\"headlines\""));
        assertThat(page).contains("id=\"baseline\">Against the undisrupted baseline: this run folder holds no baseline run")
                .contains("lngsim compare BASE");
    }

    @Test
    void theReportPrintsItsChartsFromANewPageWithHeadingsKeptWithWhatFollows() {
        String page = ReportPage.render(RunFixture.run(), Map.of());

        assertThat(page).contains("h2{break-after:avoid}").contains("table,figure,li{break-inside:avoid}")
                .contains("@media print{").contains("h2#charts{break-before:page}").contains("<h2 id=\"charts\">");
    }

    @Test
    void indiasGasIsInMmscmInTheHeadlineAsInTheChartsMmscmd() {
        // 0.09 Mt of LNG = 0.09e6 t × 1,360 m³/t = 122.4e6 m³ = 122.4 mmscm.
        assertThat(org.lngsim.charts.GasVolume.mmscmOfMt(0.09)).isCloseTo(122.4, org.assertj.core.data.Offset.offset(1e-9));
        String page = ReportPage.render(RunFixture.run(), Map.of());
        assertThat(page).contains("India gas pool: unserved gas (mmscm)").doesNotContain("Mt LNG");
    }

    @Test
    void chartWithOnlySvgAndPdfKeepsThePngsTheReportNeeds(@TempDir Path dir) throws Exception {
        Path run = RunFixture.copy(dir.resolve("run"));
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("chart", run.toString(), "--format", "svg,pdf");

        assertThat(code).as(err.toString()).isZero();
        assertThat(run.resolve("charts/shortfall.png")).exists();
        assertThat(run.resolve("charts/shortfall.svg")).exists();
        assertThat(run.resolve("charts/route-map.pdf")).exists();
        assertThat(Files.readString(run.resolve("report.html"))).contains("data:image/png;base64,");
    }
}
