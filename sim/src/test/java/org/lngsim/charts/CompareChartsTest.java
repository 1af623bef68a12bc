package org.lngsim.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompareChartsTest {

    @Test
    void overlappingDisruptionsAreShadedOnceAsTheirUnion() {
        // [10,50] and [20,80] overlap: one span [10,80]; [80,90] touches it: joins; [100,120] stands alone.
        List<double[]> merged = Timeline.mergedSpans(List.of(new double[] {20, 80}, new double[] {100, 120},
                new double[] {10, 50}, new double[] {80, 90}));
        assertThat(merged).containsExactly(new double[] {10, 90}, new double[] {100, 120});
    }

    @Test
    void anImportersStockIsTheSumOfItsRegionsStocks() {
        var run = RunFixture.run();
        double[] japan = CompareCharts.importerStockT(run, "japan");
        double byHand = run.scenario().regions().stream().filter(r -> r.importer().equals("japan"))
                .mapToDouble(r -> run.series().values(r.id(), "stock")[10]).sum();
        assertThat(japan[10]).isCloseTo(byHand, org.assertj.core.data.Offset.offset(1e-6)).isPositive();
    }

    @Test
    void theShortfallOverlayDrawsOneLinePerRunInEachPanelAndNoAxisBelowZero() {
        var run = RunFixture.run();
        var chart = CompareCharts.SHORTFALL.build(List.of(run, run), List.of("one", "two"));
        var plot = (org.jfree.chart.plot.CombinedDomainXYPlot) chart.getPlot();
        for (org.jfree.chart.plot.XYPlot panel : plot.getSubplots()) {
            assertThat(panel.getDataset().getSeriesCount()).isEqualTo(2);
            assertThat(panel.getRangeAxis().getLowerBound()).isGreaterThanOrEqualTo(0.0);
        }
    }
}
