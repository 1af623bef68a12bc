package org.lngsim.charts;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeriesCollection;
import org.lngsim.output.RunSummary;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.runfolder.read.DailySeries;

/**
 * Chart 1: daily unserved electricity per grid (GWh/day) and unserved gas per pool (mmscmd), the
 * run solid and its protocol-off counterfactual dashed in the same colour, disruptions shaded.
 * Electricity and gas have different units, so they get separate stacked panels on one time axis.
 */
public final class ShortfallChart {

    public static final String FILE = "shortfall";

    private ShortfallChart() {
    }

    public static JFreeChart build(RunFolder run) {
        Timeline timeline = new Timeline(run.scenario());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(timeline.dateAxis(null));
        plot.setGap(18);
        RunSummary summary = run.summary();
        Optional<DailySeries> off = run.counterfactualSeries();
        XYPlot grids = panel(run, off, timeline, summary.grids().keySet(), "Unserved electricity (GWh/day)", "", 0);
        timeline.shadeDomain(grids, true);
        plot.add(grids, 3);
        if (!summary.gasPools().isEmpty()) {
            // Colours continue after the grids', so no pool shares a colour with a grid.
            XYPlot pools = panel(run, off, timeline, summary.gasPools().keySet(), "Unserved gas (mmscmd)", " gas pool",
                    summary.grids().size());
            // Shade only what acts on the pools' importers: a demand shock in Tokyo is not India's.
            timeline.shadeDomain(pools, false, Layer.BACKGROUND, w -> summary.gasPools().keySet().stream()
                    .anyMatch(pool -> Timeline.importerOf(run.scenario(), pool).map(w::actsOn).orElse(true)));
            plot.add(pools, 2);
        }
        JFreeChart chart = new JFreeChart("Shortfall: unserved electricity and gas, by day", null, plot, true);
        return ChartStyle.apply(chart, subtitle(summary, off.isPresent()));
    }

    private static XYPlot panel(RunFolder run, Optional<DailySeries> off, Timeline timeline,
            Set<String> entities, String axisLabel, String suffix, int firstColour) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        int colour = firstColour;
        for (String id : entities) {
            String name = Timeline.title(id) + suffix;
            data.addSeries(XySeriesBuilder.daily(name + (off.isPresent() ? ", with the protocol" : ""),
                    run.series().values(id, "unserved"), 1.0, timeline));
            int index = data.getSeriesCount() - 1;
            renderer.setSeriesPaint(index, ChartStyle.series(colour));
            renderer.setSeriesStroke(index, ChartStyle.LINE);
            if (off.isPresent()) {
                data.addSeries(XySeriesBuilder.daily(name + ", without", off.get().values(id, "unserved"), 1.0,
                        timeline));
                renderer.setSeriesPaint(index + 1, ChartStyle.series(colour));
                renderer.setSeriesStroke(index + 1, ChartStyle.DASHED);
            }
            colour++;
        }
        NumberAxis axis = new NumberAxis(axisLabel);
        axis.setAutoRangeIncludesZero(true);
        // An all-zero series would give a degenerate axis; a minimum span keeps "no shortfall" readable.
        axis.setAutoRangeMinimumSize(1.0);
        // Unserved energy is never negative: without this the minimum span centred an all-zero
        // series on 0 and the axis ran to −0.5.
        axis.setRangeType(RangeType.POSITIVE);
        return new XYPlot(data, null, axis, renderer);
    }

    private static String subtitle(RunSummary summary, boolean withCounterfactual) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, RunSummary.GridSummary> e : summary.grids().entrySet()) {
            text.append(text.isEmpty() ? "" : "; ").append(Timeline.title(e.getKey())).append(' ')
                    .append(DisplayNumbers.one(e.getValue().unservedGWh())).append(" GWh unserved");
            if (withCounterfactual && summary.counterfactual() != null) {
                text.append(" (").append(DisplayNumbers.one(summary.counterfactual().grids().get(e.getKey()).unservedGWh()))
                        .append(" without the protocol)");
            }
        }
        text.append(withCounterfactual ? ". Solid: with the protocol; dashed: without." : ". Protocol off or no counterfactual run.");
        return text.toString();
    }
}
