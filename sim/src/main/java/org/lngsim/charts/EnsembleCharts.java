package org.lngsim.charts;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.lngsim.model.Units;
import org.lngsim.runfolder.EnsembleBand;
import org.lngsim.runfolder.EnsembleSide;
import org.lngsim.runfolder.read.EnsembleFolder;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.scenario.Region;
import org.lngsim.text.Plural;

/**
 * The charts of an ensemble, drawn from {@code ensemble/bands.csv}: daily shortfall and regional
 * stocks as the median across replications inside the 5th–95th percentile band. Events, cargoes,
 * arrivals and the map have no band: the briefing's other charts draw the representative
 * replication.
 */
public final class EnsembleCharts {

    /** The band charts' file names (without extension), in reading order. */
    public static final String SHORTFALL_BANDS = "shortfall-bands";
    public static final String STOCKS_BANDS = "stocks-bands";

    private EnsembleCharts() {
    }

    /** Captions, by file name. */
    public static String caption(String file) {
        return file.equals(SHORTFALL_BANDS) ? "Daily shortfall across the replications: median and 5–95% range"
                : "LNG stocks across the replications: median and 5–95% range";
    }

    /** The band charts, by file name, in reading order. */
    public static Map<String, JFreeChart> build(RunFolder run, EnsembleFolder ensemble) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put(SHORTFALL_BANDS, shortfall(run, ensemble));
        charts.put(STOCKS_BANDS, stocks(run, ensemble));
        return charts;
    }

    private static String about(EnsembleFolder ensemble) {
        return Plural.of(ensemble.summary().replications(), "paired replication") + ". Line: median; band: 5th to "
                + "95th percentile, day by day (a band is not one run's path).";
    }

    static JFreeChart shortfall(RunFolder run, EnsembleFolder ensemble) {
        Timeline timeline = new Timeline(run.scenario());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(timeline.dateAxis(null));
        plot.setGap(18);
        Set<String> grids = run.summary().grids().keySet();
        XYPlot gridPanel = panel(ensemble, timeline, grids, EnsembleBand.GRID_UNSERVED,
                "Unserved electricity (GWh/day)", "", 0);
        timeline.shadeDomain(gridPanel, true);
        plot.add(gridPanel, 3);
        Set<String> pools = run.summary().gasPools().keySet();
        if (!pools.isEmpty()) {
            XYPlot poolPanel = panel(ensemble, timeline, pools, EnsembleBand.POOL_UNSERVED, "Unserved gas (mmscmd)",
                    " gas pool", grids.size());
            timeline.shadeDomain(poolPanel, false);
            plot.add(poolPanel, 2);
        }
        JFreeChart chart = new JFreeChart("Shortfall across the ensemble, by day", null, plot, true);
        boolean paired = ensemble.summary().headlines().stream().anyMatch(h -> h.isAvoided());
        return ChartStyle.apply(chart, about(ensemble) + (paired ? " Solid: with the protocol; dashed: without." : ""));
    }

    private static XYPlot panel(EnsembleFolder ensemble, Timeline timeline, Set<String> entities, EnsembleBand band,
            String axisLabel, String suffix, int firstColour) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = BandSeries.renderer();
        int colour = firstColour;
        for (String id : entities) {
            Color paint = ChartStyle.series(colour++);
            String name = Timeline.title(id) + suffix;
            for (EnsembleSide side : EnsembleSide.values()) {
                Optional<EnsembleFolder.Band> values = ensemble.band(id, band, side);
                if (values.isEmpty()) {
                    continue;
                }
                boolean with = side == EnsembleSide.WITH_PROTOCOL;
                // Without the protocol: the same colour, greyed, so the two bands of one entity stay apart.
                BandSeries.add(data, renderer, BandSeries.daily(name + (with ? ", with the protocol" : ", without"),
                        values.get(), 1.0, timeline), with ? paint : BandSeries.greyed(paint),
                        with ? ChartStyle.LINE : ChartStyle.DASHED);
            }
        }
        return new XYPlot(data, null, BandSeries.amountAxis(axisLabel), renderer);
    }

    static JFreeChart stocks(RunFolder run, EnsembleFolder ensemble) {
        Timeline timeline = new Timeline(run.scenario());
        List<Region> regions = run.scenario().regions();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = BandSeries.renderer();
        for (Region region : regions) {
            Optional<EnsembleFolder.Band> band = ensemble.band(region.id(), EnsembleBand.REGION_STOCK,
                    EnsembleSide.WITH_PROTOCOL);
            if (band.isPresent()) {
                BandSeries.add(data, renderer, BandSeries.daily(StocksChart.shortName(region), band.get(),
                        1.0 / Units.T_PER_MT, timeline), ChartStyle.series(regions.indexOf(region)), ChartStyle.LINE);
            }
        }
        XYPlot plot = new XYPlot(data, timeline.dateAxis(null), BandSeries.amountAxis("LNG stock (Mt)"), renderer);
        timeline.shadeDomain(plot, true);
        JFreeChart chart = new JFreeChart("LNG stocks across the ensemble, with the protocol", null, plot, true);
        return ChartStyle.apply(chart, about(ensemble));
    }
}
