package org.lngsim.charts;

import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lngsim.scenario.GasPool;
import org.lngsim.scenario.Sector;
import org.lngsim.runfolder.read.RunFolder;

/**
 * Chart 4: gas served to each sector of a pool (mmscmd/day), stacked in allocation order — first
 * priority at the bottom — under the line of total demand. The gap between the stack and the line
 * is unserved gas, and the top bands shrink first: that is who is cut first.
 */
public final class GasPoolChart {

    public static final String FILE = "gas-pool";

    private GasPoolChart() {
    }

    public static JFreeChart build(RunFolder run) {
        Timeline timeline = new Timeline(run.scenario());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(timeline.dateAxis(null));
        plot.setGap(18);
        List<GasPool> pools = run.scenario().gasPools();
        for (GasPool pool : pools) {
            XYPlot panel = panel(run, pool, timeline);
            timeline.shadeDomain(panel, true, Layer.FOREGROUND,
                    w -> Timeline.importerOf(run.scenario(), pool.id()).map(w::actsOn).orElse(true));
            plot.add(panel, 1);
        }
        String title = pools.size() == 1 ? pools.get(0).name() + ": gas supplied to each sector"
                : "Gas pools: gas supplied to each sector";
        JFreeChart chart = new JFreeChart(title, null, plot, true);
        if (pools.isEmpty()) {
            plot.add(new XYPlot(new XYSeriesCollection(), null, new NumberAxis("mmscmd"),
                    new XYLineAndShapeRenderer()), 1);
        }
        return ChartStyle.apply(chart, "Sectors stacked by allocation priority (1 at the bottom). The gap under the"
                + " demand line is unserved gas; the top bands are cut first.");
    }

    private static XYPlot panel(RunFolder run, GasPool pool, Timeline timeline) {
        DefaultTableXYDataset served = new DefaultTableXYDataset();
        StackedXYAreaRenderer2 stack = new StackedXYAreaRenderer2();
        List<Sector> sectors = pool.sectors().stream().sorted(Comparator.comparingInt(Sector::priority)).toList();
        for (int i = 0; i < sectors.size(); i++) {
            Sector sector = sectors.get(i);
            double[] values = run.series().values(pool.id() + "/" + sector.id(), "served");
            XYSeries series = new XYSeries(sector.priority() + " · " + shortName(sector), false, false);
            for (int day = 0; day < values.length; day++) {
                // A stacked dataset needs every x in every series; a missing day counts as nothing served.
                series.add(timeline.millisOfDay(day), Double.isNaN(values[day]) ? 0.0 : values[day], false);
            }
            served.addSeries(series);
            stack.setSeriesPaint(i, ChartStyle.series(i));
        }
        XYPlot panel = new XYPlot(served, null, axis(pool), stack);
        XYSeriesCollection demand = new XYSeriesCollection(
                XySeriesBuilder.daily("Demand", run.series().values(pool.id(), "demand"), 1.0, timeline));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartStyle.BLACK);
        line.setSeriesStroke(0, ChartStyle.DASHED);
        // Renderer before dataset: otherwise the stacked renderer is asked to range a plain collection.
        panel.setRenderer(1, line);
        panel.setDataset(1, demand);
        panel.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return panel;
    }

    private static NumberAxis axis(GasPool pool) {
        NumberAxis axis = new NumberAxis("Gas (mmscmd)");
        axis.setAutoRangeIncludesZero(true);
        // Room above the demand line, which would otherwise sit on the frame.
        axis.setUpperMargin(0.08);
        return axis;
    }

    /** "Other industry" from "Other industry (steel/sponge iron, ...)": legends must stay short. */
    static String shortName(Sector sector) {
        String name = sector.name() == null || sector.name().isBlank() ? Timeline.title(sector.id()) : sector.name();
        int bracket = name.indexOf(" (");
        return bracket > 0 ? name.substring(0, bracket) : name;
    }
}
