package org.lngsim.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.RangeType;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.lngsim.model.Units;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.scenario.Region;

/**
 * The overlay charts of {@code lngsim compare}: one line (or bar) per run in the run's colour, in
 * the briefing's style, one panel per grid, gas pool or importer. Runs share one calendar (the
 * comparison refuses runs of different periods), so the first run's timeline serves them all; each
 * panel shades the disruptions of every run that acts on it, since the point is to see them.
 */
public enum CompareCharts {
    SHORTFALL("shortfall", "Daily shortfall, run by run", CompareCharts::shortfall),
    STOCKS("stocks", "LNG stocks by importer, run by run", CompareCharts::stocks),
    ARRIVALS("arrivals", "Monthly LNG deliveries by importer, run by run", CompareCharts::arrivals);

    private final String file;
    private final String caption;
    private final BiFunction<List<RunFolder>, List<String>, JFreeChart> builder;

    CompareCharts(String file, String caption, BiFunction<List<RunFolder>, List<String>, JFreeChart> builder) {
        this.file = file;
        this.caption = caption;
        this.builder = builder;
    }

    public String file() {
        return file;
    }

    public String caption() {
        return caption;
    }

    /** The chart of {@code runs}, each named in the legend by {@code names} (same order). */
    public JFreeChart build(List<RunFolder> runs, List<String> names) {
        return builder.apply(runs, names);
    }

    static JFreeChart shortfall(List<RunFolder> runs, List<String> names) {
        Timeline timeline = new Timeline(runs.get(0).scenario());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(timeline.dateAxis(null));
        plot.setGap(18);
        boolean legend = true;
        for (String grid : union(runs, r -> r.summary().grids().keySet())) {
            plot.add(lines(runs, names, timeline, grid, "unserved", 1.0,
                    Timeline.title(grid) + " (GWh/day)", legend), 1);
            legend = false;
        }
        for (String pool : union(runs, r -> r.summary().gasPools().keySet())) {
            plot.add(lines(runs, names, timeline, pool, "unserved", 1.0,
                    Timeline.title(pool) + " gas (mmscmd)", legend), 1);
            legend = false;
        }
        JFreeChart chart = new JFreeChart("Shortfall: unserved electricity and gas, by day", null, plot, true);
        return ChartStyle.apply(chart, "One line per run, in the colour of the legend. Shaded: a disruption of"
                + " any of the runs was in force.");
    }

    static JFreeChart stocks(List<RunFolder> runs, List<String> names) {
        Timeline timeline = new Timeline(runs.get(0).scenario());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(timeline.dateAxis(null));
        plot.setGap(18);
        boolean legend = true;
        for (String importer : union(runs, r -> r.summary().importers().keySet())) {
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            for (int i = 0; i < runs.size(); i++) {
                data.addSeries(XySeriesBuilder.daily(names.get(i), importerStockT(runs.get(i), importer),
                        1.0 / Units.T_PER_MT, timeline));
                style(renderer, i, legend);
            }
            NumberAxis axis = new NumberAxis(runs.get(0).importerName(importer) + " stock (Mt)");
            axis.setAutoRangeIncludesZero(true);
            axis.setAutoRangeMinimumSize(0.1);
            axis.setRangeType(RangeType.POSITIVE);
            XYPlot panel = new XYPlot(data, null, axis, renderer);
            shade(runs, panel, importer);
            plot.add(panel, 1);
            legend = false;
        }
        JFreeChart chart = new JFreeChart("LNG stocks, by importer", null, plot, true);
        return ChartStyle.apply(chart, "End-of-day stock in the importer's regions' terminals, summed. One line per run."
                + " Shaded: a disruption of any of the runs was in force.");
    }

    static JFreeChart arrivals(List<RunFolder> runs, List<String> names) {
        Timeline timeline = new Timeline(runs.get(0).scenario());
        List<String> months = ArrivalsChart.months(runs.get(0), timeline);
        CategoryAxis monthAxis = new CategoryAxis(null);
        monthAxis.setCategoryMargin(0.15);
        if (months.size() > 18) {
            monthAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(monthAxis);
        plot.setGap(18);
        List<Map<String, Map<String, Map<String, Double>>>> delivered = runs.stream().map(ArrivalsChart::deliveredMt)
                .toList();
        boolean legend = true;
        for (String importer : union(runs, r -> r.summary().importers().keySet())) {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            BarRenderer renderer = new BarRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setDrawBarOutline(false);
            renderer.setItemMargin(0.0);
            for (int i = 0; i < runs.size(); i++) {
                Map<String, Double> byMonth = monthly(delivered.get(i).get(importer), months);
                String name = names.get(i);
                byMonth.forEach((month, mt) -> data.addValue(mt, name, month));
                renderer.setSeriesPaint(i, ChartStyle.series(i));
                renderer.setSeriesVisibleInLegend(i, legend);
            }
            NumberAxis axis = new NumberAxis(runs.get(0).importerName(importer) + " (Mt/month)");
            axis.setAutoRangeMinimumSize(0.1);
            plot.add(new CategoryPlot(data, null, axis, renderer), 1);
            legend = false;
        }
        JFreeChart chart = new JFreeChart("LNG delivered per month, by importer", null, plot, true);
        return ChartStyle.apply(chart, "Cargoes counted in the month they were unloaded. One bar per run.");
    }

    /** Delivered Mt by month label, summed over origins; every month present (0 when none). */
    private static Map<String, Double> monthly(Map<String, Map<String, Double>> byOrigin, List<String> months) {
        Map<String, Double> total = new LinkedHashMap<>();
        months.forEach(m -> total.put(m, 0.0));
        if (byOrigin != null) {
            byOrigin.values().forEach(byMonth -> byMonth.forEach((m, mt) -> total.merge(m, mt, Double::sum)));
        }
        return total;
    }

    /** An importer's stock (t) by day: the sum over its regions; NaN on days no region reported. */
    static double[] importerStockT(RunFolder run, String importer) {
        double[] sum = new double[run.series().days()];
        java.util.Arrays.fill(sum, Double.NaN);
        for (Region region : run.scenario().regions()) {
            if (!region.importer().equals(importer)) {
                continue;
            }
            double[] stock = run.series().values(region.id(), "stock");
            for (int day = 0; day < sum.length; day++) {
                if (!Double.isNaN(stock[day])) {
                    sum[day] = (Double.isNaN(sum[day]) ? 0.0 : sum[day]) + stock[day];
                }
            }
        }
        return sum;
    }

    private static XYPlot lines(List<RunFolder> runs, List<String> names, Timeline timeline, String entity,
            String variable, double scale, String axisLabel, boolean legend) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < runs.size(); i++) {
            data.addSeries(XySeriesBuilder.daily(names.get(i), runs.get(i).series().values(entity, variable), scale,
                    timeline));
            style(renderer, i, legend);
        }
        NumberAxis axis = new NumberAxis(axisLabel);
        // A shortfall is never negative: the axis starts at zero, with a minimum span for "none".
        axis.setAutoRangeIncludesZero(true);
        axis.setAutoRangeMinimumSize(1.0);
        axis.setRangeType(RangeType.POSITIVE);
        XYPlot panel = new XYPlot(data, null, axis, renderer);
        Timeline.importerOf(runs.get(0).scenario(), entity).ifPresentOrElse(importer -> shade(runs, panel, importer),
                () -> shade(runs, panel, null));
        return panel;
    }

    private static void style(XYLineAndShapeRenderer renderer, int run, boolean legend) {
        renderer.setSeriesPaint(run, ChartStyle.series(run));
        renderer.setSeriesStroke(run, ChartStyle.LINE);
        renderer.setSeriesVisibleInLegend(run, legend);
    }

    /**
     * Shades, once, the time any run's disruption that acts on {@code importer} (all when null)
     * was in force. Each run's windows drawn on their own would stack their translucent fill into
     * dark grey where closures overlap (red-sea-closure shuts two at once, in every run that has it).
     */
    private static void shade(List<RunFolder> runs, XYPlot panel, String importer) {
        Timeline timeline = new Timeline(runs.get(0).scenario());
        List<double[]> windows = new ArrayList<>();
        for (RunFolder run : runs) {
            new Timeline(run.scenario()).windows().stream().filter(w -> importer == null || w.actsOn(importer))
                    .forEach(w -> windows.add(new double[] {w.startHours(), w.endHours()}));
        }
        for (double[] span : Timeline.mergedSpans(windows)) {
            IntervalMarker band = new IntervalMarker(timeline.millisOfHours(span[0]), timeline.millisOfHours(span[1]));
            band.setPaint(ChartStyle.DISRUPTION_FILL);
            band.setOutlinePaint(null);
            panel.addDomainMarker(band, Layer.BACKGROUND);
        }
    }

    private static List<String> union(List<RunFolder> runs, java.util.function.Function<RunFolder, Set<String>> ids) {
        Set<String> all = new LinkedHashSet<>();
        runs.forEach(r -> all.addAll(ids.apply(r)));
        return new ArrayList<>(all);
    }
}
