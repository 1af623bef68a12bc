package org.lngsim.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.text.Plural;

/** The briefing fixes of issue 16, item 3, as the charts carry them. */
class BriefingChartFixesTest {

    @Test
    void disruptionLabelsThatStartTogetherGoOnSeparateRows() throws Exception {
        // red-sea-closure: the Suez and Bab-el-Mandeb closures start on the same day ("Suez Canal closedsed").
        var scenario = new ScenarioLoader().load(Path.of("..", "scenarios", "red-sea-closure.yaml")).scenario();
        Timeline timeline = new Timeline(scenario);
        List<Timeline.Window> windows = timeline.windows();
        int[] rows = timeline.labelRows(windows);
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                if (Math.abs(windows.get(i).startHours() - windows.get(j).startHours()) < 24 * 7) {
                    assertThat(rows[i]).as(windows.get(i).label() + " / " + windows.get(j).label()).isNotEqualTo(rows[j]);
                }
            }
        }
    }

    @Test
    void overlappingDisruptionsAreShadedOnceAndEachKeepsItsLabel() throws Exception {
        var scenario = new ScenarioLoader().load(Path.of("..", "scenarios", "red-sea-closure.yaml")).scenario();
        Timeline timeline = new Timeline(scenario);
        XYPlot plot = new XYPlot();
        timeline.shadeDomain(plot, true);
        List<Marker> markers = new java.util.ArrayList<>();
        for (Object m : plot.getDomainMarkers(Layer.BACKGROUND)) {
            markers.add((Marker) m);
        }
        long filled = markers.stream().filter(m -> ((java.awt.Color) m.getPaint()).getAlpha() > 0).count();
        long labelled = markers.stream().filter(m -> m.getLabel() != null).count();
        assertThat(labelled).isEqualTo(timeline.windows().size());
        assertThat(filled).isEqualTo(Timeline.mergedSpans(timeline.windows().stream()
                .map(w -> new double[] {w.startHours(), w.endHours()}).toList()).size()).isLessThan(labelled);
    }

    @Test
    void aDemandShockInTokyoIsShadedOnTokyosChartsButNotOnIndiasGas(@TempDir Path dir) {
        var run = MiniRuns.run(dir, """
                horizonDays: 40
                disruptions:
                  - {type: demand-shock, id: tokyo-heat, target: tokyo, factor: 1.1, startDay: 5, endDay: 20}
                """);
        var shortfall = (CombinedDomainXYPlot) ShortfallChart.build(run).getPlot();
        XYPlot grids = shortfall.getSubplots().get(0);
        XYPlot pools = shortfall.getSubplots().get(1);
        assertThat(grids.getDomainMarkers(Layer.BACKGROUND)).hasSize(1);
        assertThat(pools.getDomainMarkers(Layer.BACKGROUND)).isNull();
        var gas = (CombinedDomainXYPlot) GasPoolChart.build(run).getPlot();
        assertThat(gas.getSubplots().get(0).getDomainMarkers(Layer.FOREGROUND)).isNull();
        var stocks = (CombinedDomainXYPlot) StocksChart.build(run).getPlot();
        XYPlot indiaCover = stocks.getSubplots().stream().filter(p -> p.getRangeAxis().getLabel().startsWith("India"))
                .findFirst().orElseThrow();
        assertThat(indiaCover.getDomainMarkers(Layer.BACKGROUND)).isNull();
    }

    @Test
    void theElectricityAxisOfARunWithNoShortfallStartsAtZero() {
        var run = RunFixture.run();
        var plot = (CombinedDomainXYPlot) ShortfallChart.build(run).getPlot();
        for (XYPlot panel : plot.getSubplots()) {
            assertThat(panel.getRangeAxis().getLowerBound()).as(panel.getRangeAxis().getLabel()).isEqualTo(0.0);
        }
    }

    @Test
    void thresholdLinesDoNotReuseAnySeriesColour() {
        var plot = (CombinedDomainXYPlot) StocksChart.build(RunFixture.run()).getPlot();
        for (XYPlot panel : plot.getSubplots()) {
            var markers = panel.getRangeMarkers(Layer.FOREGROUND);
            if (markers == null) {
                continue;
            }
            for (Object m : markers) {
                assertThat(ChartStyle.SERIES).doesNotContain((java.awt.Color) ((Marker) m).getPaint());
            }
        }
    }

    @Test
    void theRedirectionsChartCountsAsTheSummaryDoes() {
        var run = RunFixture.run();
        var protocol = run.summary().protocol();
        String subtitle = RedirectionsChart.subtitle(run, run.redirections());
        assertThat(subtitle).startsWith(Plural.of(protocol.redirections(), "cargo", "cargoes") + " redirected in an emergency ("
                + DisplayNumbers.two(protocol.redirectedMt()) + " Mt); " + Plural.of(protocol.paybacks(), "payback"));
    }

    @Test
    void partialFirstAndLastMonthsAreNamedWithTheirDays() {
        // 15 Jan 2024 + 60 days runs to 14 Mar 2024: January 17 of 31 days, March 14 of 31.
        assertThat(ArrivalsChart.partialMonths(LocalDate.of(2024, 1, 15), 60)).containsExactly(
                new ArrivalsChart.PartialMonth("Jan 24", 17, 31), new ArrivalsChart.PartialMonth("Mar 24", 14, 31));
        // 1 Jan 2024 + 366 days is the whole leap year: nothing partial.
        assertThat(ArrivalsChart.partialMonths(LocalDate.of(2024, 1, 1), 366)).isEmpty();
    }

    @Test
    void pdfChartsEmbedTheirFontAndTheTextExtractsWhole() throws Exception {
        byte[] pdf = ChartExporter.pdf(RouteMapChart.build(RunFixture.run()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            int fonts = 0;
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
                fonts++;
            }
            assertThat(fonts).isPositive();
            assertThat(new PDFTextStripper().getText(doc)).contains("JAPAN").doesNotContain("J APAN");
        }
    }
}
