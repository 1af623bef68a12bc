package org.lngsim.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.lngsim.runfolder.read.RunFolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChartRenderingTest {

    @ParameterizedTest
    @EnumSource(BriefingCharts.class)
    void everyChartRendersAt1600x900WithContent(BriefingCharts kind) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartExporter.png(kind.build(RunFixture.run()))));

        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
        int nonWhite = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        assertThat(nonWhite).as("pixels drawn").isGreaterThan(1600 * 900 / 9 / 20);
        assertThat(colours).as("distinct colours (data series, not just axes)").hasSizeGreaterThan(20);
        // Every chart uses the Okabe–Ito blue for its first series (or importer).
        assertThat(colours).contains(ChartStyle.BLUE.getRGB() & 0xFFFFFF);
    }

    @Test
    void shortfallAxesCoverTheLargestDailyUnservedEnergyAndGasWithAndWithoutTheProtocol() throws Exception {
        // Mumbai's fuel-limited operation off, so there is unserved energy for the axis to cover.
        RunFolder run = RunFixture.shortOfPower();
        Path folder = run.folder();
        double maxGWh = 0;
        for (String grid : run.summary().grids().keySet()) {
            maxGWh = Math.max(maxGWh, Math.max(RunFixture.maxOf(folder.resolve("timeseries.csv"), grid, "unserved"),
                    RunFixture.maxOf(folder.resolve("counterfactual/timeseries.csv"), grid, "unserved")));
        }
        double maxGas = Math.max(RunFixture.maxOf(folder.resolve("timeseries.csv"), "india", "unserved"),
                RunFixture.maxOf(folder.resolve("counterfactual/timeseries.csv"), "india", "unserved"));
        assertThat(maxGWh).as("the Hormuz closure leaves Mumbai short").isGreaterThan(1.0);

        var plot = (CombinedDomainXYPlot) ShortfallChart.build(run).getPlot();
        XYPlot grids = plot.getSubplots().get(0);
        XYPlot gas = plot.getSubplots().get(1);

        assertThat(grids.getRangeAxis().getUpperBound()).isBetween(maxGWh, maxGWh * 1.2);
        assertThat(grids.getRangeAxis().getLowerBound()).isEqualTo(0.0);
        assertThat(gas.getRangeAxis().getUpperBound()).isBetween(maxGas, maxGas * 1.2);
        assertThat(grids.getDataset().getSeriesCount()).as("tokyo and mumbai, with and without").isEqualTo(4);
        assertThat(grids.getDomainMarkers(Layer.BACKGROUND)).as("the closure is shaded").hasSize(1);
    }

    @Test
    void coverPanelsShowEachPartysTriggerTargetAndFloorWithinTheAxis() {
        var plot = (CombinedDomainXYPlot) StocksChart.build(RunFixture.run()).getPlot();
        XYPlot japan = plot.getSubplots().get(1);
        XYPlot india = plot.getSubplots().get(2);

        assertThat(japan.getRangeAxis().getLabel()).startsWith("Japan");
        var japanLines = japan.getRangeMarkers(Layer.FOREGROUND).stream()
                .map(m -> ((ValueMarker) m).getValue()).toList();
        // hormuz-closure-60d: Japan trigger 9, target 14, floor 12; India 4.5, 7, 6 (party overrides).
        assertThat(japanLines).containsExactlyInAnyOrder(9.0, 14.0, 12.0);
        assertThat(india.getRangeMarkers(Layer.FOREGROUND).stream()
                .map(m -> ((ValueMarker) m).getValue()).toList())
                .containsExactlyInAnyOrder(4.5, 7.0, 6.0);
        double maxCover = RunFixture.run().series().max("tokyo-bay", "days-of-cover");
        assertThat(japan.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(Math.max(maxCover, 14.0));
    }

    @Test
    void monthlyArrivalsAddUpToEachImportersDeliveriesInTheSummary() {
        var plot = (CombinedDomainCategoryPlot) ArrivalsChart.build(RunFixture.run()).getPlot();
        var importers = RunFixture.run().summary().importers();
        int i = 0;
        for (var e : importers.entrySet()) {
            CategoryDataset data = ((CategoryPlot) plot.getSubplots().get(i++)).getDataset();
            double sum = 0;
            for (int r = 0; r < data.getRowCount(); r++) {
                for (int c = 0; c < data.getColumnCount(); c++) {
                    sum += data.getValue(r, c).doubleValue();
                }
            }
            assertThat(sum).as(e.getKey()).isCloseTo(e.getValue().deliveredMt(), within(0.01));
            assertThat(data.getColumnCount()).as("months of 2024").isEqualTo(12);
        }
    }

    @Test
    void arrivalsShowQatarsHoleInIndiasMarchDeliveries() {
        var byOrigin = ArrivalsChart.deliveredMt(RunFixture.run()).get("india").get("Qatar");
        assertThat(byOrigin.get("Mar 24")).as("Hormuz shut from 1 March").isLessThan(byOrigin.get("Jan 24") / 4);
    }

    @Test
    void gasPoolStackStaysUnderDemandAndTheAxisCoversDemand() {
        XYPlot panel = ((CombinedDomainXYPlot) GasPoolChart.build(RunFixture.run()).getPlot()).getSubplots().get(0);
        double maxDemand = RunFixture.run().series().max("india", "demand");
        assertThat(panel.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(maxDemand);
        assertThat(panel.getDataset(0).getSeriesCount()).as("seven sectors").isEqualTo(7);
        assertThat(panel.getDataset(0).getSeriesKey(0).toString()).startsWith("1 · ");
    }

    @Test
    void redirectionsHaveOneBarPerRedirectedCargoEventColouredByDirection() throws Exception {
        long events = Files.readAllLines(RunFixture.folder().resolve("events.csv")).stream()
                .filter(l -> l.contains(",cargo-redirected,")).count();
        JFreeChart chart = RedirectionsChart.build(RunFixture.run());
        var data = ((XYPlot) chart.getPlot()).getDataset();
        int bars = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            bars += data.getItemCount(s);
        }
        assertThat(events).isPositive();
        assertThat(bars).isEqualTo(events);
        assertThat(data.getSeriesKey(0)).isEqualTo("Japan to India");
        assertThat(data.getSeriesKey(1)).isEqualTo("India to Japan");
        assertThat(data.getItemCount(0)).as("emergency releases by Japan").isEqualTo(
                RunFixture.run().summary().protocol().redirections());
    }

    @Test
    void routeMapDrawsTheClosedStraitInVermillionAndTheRoutesSailed() throws Exception {
        assertThat(RouteMapChart.closedChokepoints(RunFixture.run().scenario())).containsExactly("hormuz");
        assertThat(RouteMapChart.routes(RunFixture.run())).hasSizeGreaterThan(10)
                .allSatisfy(r -> assertThat(r.path()).hasSizeGreaterThan(1));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartExporter.png(
                RouteMapChart.build(RunFixture.run()))));
        int vermillion = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (ChartStyle.VERMILLION.getRGB() & 0xFFFFFF)) {
                    vermillion++;
                }
            }
        }
        assertThat(vermillion).as("Hormuz outline and label").isGreaterThan(50);
    }
}
