package org.lngsim.charts;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeriesCollection;
import org.lngsim.model.Units;
import org.lngsim.scenario.Protocol;
import org.lngsim.scenario.Region;
import org.lngsim.scenario.Scenario;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.runfolder.read.DailySeries;

/**
 * Chart 2: LNG stock per region (Mt) and, per importer, its regions' days of cover against the
 * protocol's trigger, target and donor-floor lines for that party. The counterfactual is dashed.
 */
public final class StocksChart {

    public static final String FILE = "stocks";


    private StocksChart() {
    }

    public static JFreeChart build(RunFolder run) {
        Scenario scenario = run.scenario();
        Timeline timeline = new Timeline(scenario);
        Optional<DailySeries> off = run.counterfactualSeries();
        List<Region> regions = scenario.regions();
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(timeline.dateAxis(null));
        plot.setGap(18);

        // Stock without the protocol is left out: two jagged lines per region were unreadable, and the
        // protocol's effect shows more clearly in days of cover below.
        XYPlot stock = panel(run, Optional.empty(), timeline, regions, "stock", 1.0 / Units.T_PER_MT, "LNG stock (Mt)");
        timeline.shadeDomain(stock, true);
        plot.add(stock, 1);
        for (String importer : scenario.importers().stream().map(i -> i.id()).toList()) {
            List<Region> own = regions.stream().filter(r -> r.importer().equals(importer)).toList();
            if (own.isEmpty()) {
                continue;
            }
            XYPlot cover = panel(run, off, timeline, own, "days-of-cover", 1.0,
                    run.importerName(importer) + ": cover (days)");
            // The stock panel's legend already names every region in the same colour.
            for (int i = 0; i < cover.getDataset().getSeriesCount(); i++) {
                ((XYLineAndShapeRenderer) cover.getRenderer()).setSeriesVisibleInLegend(i, false);
            }
            scenario.protocolSettings().filter(p -> p.enabled() && p.parties().contains(importer))
                    .ifPresent(p -> thresholds(cover, p, importer));
            timeline.shadeDomain(cover, false, Layer.BACKGROUND, w -> w.actsOn(importer));
            plot.add(cover, 1);
        }
        JFreeChart chart = new JFreeChart("LNG stocks and days of cover", null, plot, true);
        String protocolNote = scenario.protocolEnabled()
                ? "Horizontal lines: the protocol's trigger (request), target and donor floor for each party."
                : "The protocol is off in this run.";
        return ChartStyle.apply(chart, "Days of cover = stock above heel ÷ expected daily use. "
                + (off.isPresent() ? "Cover: solid with the protocol, dashed without. " : "") + protocolNote);
    }

    private static XYPlot panel(RunFolder run, Optional<DailySeries> off, Timeline timeline, List<Region> regions,
            String variable, double scale, String axisLabel) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        List<Region> all = run.scenario().regions();
        for (Region region : regions) {
            // Colour by the region's place in the scenario, so a region keeps its colour in every panel.
            Color colour = ChartStyle.series(all.indexOf(region));
            String name = shortName(region);
            data.addSeries(XySeriesBuilder.daily(name, run.series().values(region.id(), variable), scale, timeline));
            renderer.setSeriesPaint(data.getSeriesCount() - 1, colour);
            renderer.setSeriesStroke(data.getSeriesCount() - 1, ChartStyle.LINE);
            if (off.isPresent()) {
                data.addSeries(XySeriesBuilder.daily(name + ", without the protocol",
                        off.get().values(region.id(), variable), scale, timeline));
                renderer.setSeriesPaint(data.getSeriesCount() - 1, colour);
                renderer.setSeriesStroke(data.getSeriesCount() - 1, ChartStyle.DASHED);
                // Each region appears once in the legend: dashed means "without" for every one of them.
                renderer.setSeriesVisibleInLegend(data.getSeriesCount() - 1, false);
            }
        }
        NumberAxis axis = new NumberAxis(axisLabel);
        axis.setAutoRangeIncludesZero(true);
        axis.setAutoRangeMinimumSize(1.0);
        axis.setRangeType(RangeType.POSITIVE);
        return new XYPlot(data, null, axis, renderer);
    }

    /** "Tokyo Bay" from "Tokyo Bay (TEPCO area power and Tokyo city gas)": legends must stay short. */
    static String shortName(Region region) {
        String name = region.name() == null || region.name().isBlank() ? Timeline.title(region.id()) : region.name();
        int bracket = name.indexOf(" (");
        return bracket > 0 ? name.substring(0, bracket) : name;
    }

    private static void thresholds(XYPlot plot, Protocol protocol, String party) {
        // Greys, not the series palette: a vermillion trigger line read as a region's cover.
        line(plot, protocol.triggerDaysOfCover(party), "trigger", ChartStyle.THRESHOLD_TRIGGER);
        line(plot, protocol.targetDaysOfCover(party), "target", ChartStyle.THRESHOLD_TARGET);
        line(plot, protocol.donorFloorDaysOfCover(party), "donor floor", ChartStyle.THRESHOLD_FLOOR);
    }

    private static void line(XYPlot plot, double days, String what, Color colour) {
        ValueMarker marker = new ValueMarker(days, colour, ChartStyle.THRESHOLD);
        marker.setLabel(what + " " + DisplayNumbers.one(days) + " d");
        marker.setLabelFont(ChartStyle.ANNOTATION_FONT);
        marker.setLabelPaint(colour);
        marker.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
        // Target above its line, floor and trigger below theirs: the three are often a day or two apart.
        boolean above = what.equals("target");
        marker.setLabelAnchor(above ? RectangleAnchor.TOP_LEFT : RectangleAnchor.BOTTOM_LEFT);
        marker.setLabelTextAnchor(above ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT);
        marker.setLabelOffset(new RectangleInsets(2, 8, 2, 8));
        plot.addRangeMarker(marker, Layer.FOREGROUND);
        // The axis must show every threshold, even when the cover never comes near it.
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        double upper = Math.max(axis.getUpperBound(), days * 1.1);
        if (upper > axis.getUpperBound()) {
            axis.setRange(0, upper);
        }
    }
}
