package org.lngsim.charts;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.lngsim.events.Numbers;
import org.lngsim.files.AtomicFiles;
import org.lngsim.files.OutputException;
import org.lngsim.text.Plural;

/**
 * Charts of a sweep folder, from its saved files: a heat map of a metric's mean over the first two
 * parameters (grid designs), percentile bands of daily unserved energy across runs, sensitivity
 * bars (Spearman rank correlation of each parameter with each metric), and the distribution (CDF)
 * of each metric.
 */
public final class SweepCharts {

    private SweepCharts() {
    }

    /**
     * Draws every chart the folder's data supports into {@code folder/charts}; returns the files
     * written. Each file is written atomically: a full disk leaves the previous chart, never a
     * truncated one.
     */
    public static List<Path> drawAll(Path folder, Set<ChartFormat> formats) throws IOException {
        Results results = Results.read(folder.resolve("results.csv"));
        List<Path> written = new ArrayList<>();
        Path charts = folder.resolve("charts");
        if (Files.isSymbolicLink(charts)) {
            throw new OutputException(charts + ": is a symbolic link; lngsim writes charts only into its own folder");
        }
        Files.createDirectories(charts);
        Map<String, JFreeChart> all = new LinkedHashMap<>();
        if (results.parameters().size() >= 2 && results.isGrid()) {
            all.put("sweep-heatmap", heatMap(results, 0));
        }
        Path daily = folder.resolve("daily.csv");
        if (Files.isRegularFile(daily)) {
            JFreeChart bands = bands(daily, results.runs().size());
            if (bands != null) {
                all.put("sweep-bands", bands);
            }
        }
        all.put("sweep-sensitivity", sensitivity(results));
        all.put("sweep-cdf", cdf(results));
        for (Map.Entry<String, JFreeChart> chart : all.entrySet()) {
            for (ChartFormat format : formats) {
                Path file = charts.resolve(chart.getKey() + "." + format.extension());
                AtomicFiles.write(file, ChartExporter.export(chart.getValue(), format));
                written.add(file);
            }
        }
        return written;
    }

    /** The first metric's mean over the first two parameters. */
    static JFreeChart heatMap(Results results, int metric) {
        Map<List<Double>, List<Double>> byCell = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
                ? Double.compare(a.get(1), b.get(1)) : Double.compare(a.get(0), b.get(0)));
        for (double[] row : results.runs()) {
            double value = row[results.metricColumn(metric)];
            if (!Double.isNaN(value)) {
                byCell.computeIfAbsent(List.of(row[results.parameterColumn(0)], row[results.parameterColumn(1)]),
                        k -> new ArrayList<>()).add(value);
            }
        }
        // Cells sit on the index of each distinct value, so uneven steps (67, 74, 90...) still tile.
        List<Double> xValues = byCell.keySet().stream().map(k -> k.get(0)).distinct().sorted().toList();
        List<Double> yValues = byCell.keySet().stream().map(k -> k.get(1)).distinct().sorted().toList();
        double[] xs = new double[byCell.size()];
        double[] ys = new double[byCell.size()];
        double[] zs = new double[byCell.size()];
        int i = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Map.Entry<List<Double>, List<Double>> cell : byCell.entrySet()) {
            xs[i] = xValues.indexOf(cell.getKey().get(0));
            ys[i] = yValues.indexOf(cell.getKey().get(1));
            zs[i] = cell.getValue().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            min = Math.min(min, zs[i]);
            max = Math.max(max, zs[i]);
            i++;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(results.metricName(metric), new double[][] {xs, ys, zs});
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(1.0);
        renderer.setBlockHeight(1.0);
        LookupPaintScale scale = scale(min, max);
        renderer.setPaintScale(scale);
        SymbolAxis x = new SymbolAxis(results.parameterName(0), labels(xValues));
        SymbolAxis y = new SymbolAxis(results.parameterName(1), labels(yValues));
        x.setGridBandsVisible(false);
        y.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart("Mean " + results.metricName(metric) + " over the two parameters",
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        NumberAxis scaleAxis = new NumberAxis(results.metricName(metric));
        scaleAxis.setRange(min, max > min ? max : min + 1);
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 12, 4, 4);
        chart.addSubtitle(legend);
        return ChartStyle.apply(chart, "Each cell: mean over its replications; darker is higher.");
    }

    /** Light to dark blue (Okabe–Ito blue at the top): readable without colour vision. */
    private static LookupPaintScale scale(double min, double max) {
        double top = max > min ? max : min + 1;
        LookupPaintScale scale = new LookupPaintScale(min, top + 1e-9, ChartStyle.BLUE);
        Color low = new Color(0xF2F7FB);
        for (int step = 0; step < 20; step++) {
            double f = step / 19.0;
            Color c = new Color((int) (low.getRed() + f * (ChartStyle.BLUE.getRed() - low.getRed())),
                    (int) (low.getGreen() + f * (ChartStyle.BLUE.getGreen() - low.getGreen())),
                    (int) (low.getBlue() + f * (ChartStyle.BLUE.getBlue() - low.getBlue())));
            scale.add(min + f * (top - min), c);
        }
        return scale;
    }

    private static String[] labels(List<Double> values) {
        return values.stream().map(Numbers::format).toArray(String[]::new);
    }

    /** 5th–95th percentile band and median of daily unserved energy per grid, across all runs. */
    static JFreeChart bands(Path daily, int runCount) throws IOException {
        Map<String, Map<Integer, Map<Integer, Double>>> byEntity = new TreeMap<>();
        int lastDay = 0;
        Set<Integer> runs = new TreeSet<>();
        List<String> lines = Files.readAllLines(daily, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            int run = Integer.parseInt(cells[0]);
            int day = Integer.parseInt(cells[1]);
            runs.add(run);
            lastDay = Math.max(lastDay, day);
            if (cells[2].startsWith("grid/")) {
                byEntity.computeIfAbsent(cells[2].substring(5), k -> new TreeMap<>())
                        .computeIfAbsent(day, k -> new TreeMap<>()).put(run, Double.parseDouble(cells[3]));
            }
        }
        if (byEntity.isEmpty()) {
            return null;
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        Percentile percentile = new Percentile();
        for (Map.Entry<String, Map<Integer, Map<Integer, Double>>> entity : byEntity.entrySet()) {
            YIntervalSeries series = new YIntervalSeries(entity.getKey() + ": median, 5th–95th percentile");
            for (int day = 0; day <= lastDay; day++) {
                double[] values = new double[runCount];
                Map<Integer, Double> ofDay = entity.getValue().getOrDefault(day, Map.of());
                int k = 0;
                for (double value : ofDay.values()) {
                    values[k++] = value;
                }
                percentile.setData(values);
                series.add(day, percentile.evaluate(50), percentile.evaluate(5), percentile.evaluate(95));
            }
            data.addSeries(series);
        }
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, ChartStyle.series(s + 1));
            renderer.setSeriesFillPaint(s, ChartStyle.series(s + 1));
            renderer.setSeriesStroke(s, ChartStyle.LINE);
        }
        renderer.setAlpha(0.25f);
        XYPlot plot = new XYPlot(data, new NumberAxis("Day of the run"), new NumberAxis("Unserved electricity (GWh/day)"),
                renderer);
        JFreeChart chart = new JFreeChart("Daily unserved electricity across " + Plural.of(runCount, "run"),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return ChartStyle.apply(chart, "Line: median of the runs; band: 5th to 95th percentile.");
    }

    /** Spearman rank correlation of each parameter with each metric, across all runs. */
    static JFreeChart sensitivity(Results results) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        SpearmansCorrelation spearman = new SpearmansCorrelation();
        for (int m = 0; m < results.metrics().size(); m++) {
            for (int p = 0; p < results.parameters().size(); p++) {
                List<double[]> pairs = new ArrayList<>();
                for (double[] row : results.runs()) {
                    double x = row[results.parameterColumn(p)];
                    double y = row[results.metricColumn(m)];
                    if (!Double.isNaN(x) && !Double.isNaN(y)) {
                        pairs.add(new double[] {x, y});
                    }
                }
                double rho = Double.NaN;
                if (pairs.size() > 2) {
                    double[] xs = pairs.stream().mapToDouble(v -> v[0]).toArray();
                    double[] ys = pairs.stream().mapToDouble(v -> v[1]).toArray();
                    rho = spearman.correlation(xs, ys);
                }
                data.addValue(Double.isNaN(rho) ? 0.0 : rho, results.parameterName(p), results.metricName(m));
            }
        }
        NumberAxis axis = new NumberAxis("Spearman rank correlation with the metric");
        axis.setRange(-1.05, 1.05);
        BarRenderer renderer = new BarRenderer();
        for (int p = 0; p < results.parameters().size(); p++) {
            renderer.setSeriesPaint(p, ChartStyle.series(p));
        }
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setDrawBarOutline(false);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Metric"), axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart("Sensitivity: how each parameter moves each metric",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return ChartStyle.apply(chart, "Bars near ±1: the metric rises (or falls) with the parameter; near 0: no monotone effect.");
    }

    /** Empirical CDF of each metric over all runs, scaled 0..1 on the x axis per metric's range. */
    static JFreeChart cdf(Results results) {
        XYSeriesCollection data = new XYSeriesCollection();
        int metric = 0;
        double[] values = results.runs().stream().mapToDouble(r -> r[results.metricColumn(metric)])
                .filter(v -> !Double.isNaN(v)).sorted().toArray();
        XYSeries series = new XYSeries(results.metricName(metric));
        for (int i = 0; i < values.length; i++) {
            series.add(values[i], (i + 1.0) / values.length);
        }
        data.addSeries(series);
        XYStepRenderer renderer = new XYStepRenderer();
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        renderer.setSeriesStroke(0, ChartStyle.LINE);
        NumberAxis x = new NumberAxis(results.metricName(metric));
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("Share of runs at or below");
        y.setRange(0, 1.02);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart("Distribution of " + results.metricName(metric) + " over "
                + values.length + " runs", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        return ChartStyle.apply(chart, "Empirical cumulative distribution.");
    }

    /** results.csv as numbers: run, point, replication, seed, parameters, metrics. */
    record Results(List<String> parameters, List<String> metrics, List<double[]> runs) {

        static Results read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split(",", -1);
            Path sweepJson = file.resolveSibling("sweep.json");
            int parameterCount = (int) new ObjectMapper().readTree(sweepJson.toFile())
                    .path("parameters").size();
            List<String> parameters = List.of(header).subList(4, 4 + parameterCount);
            List<String> metrics = List.of(header).subList(4 + parameterCount, header.length);
            List<double[]> runs = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                double[] row = new double[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    row[i] = parse(cells[i]);
                }
                runs.add(row);
            }
            return new Results(parameters, metrics, runs);
        }

        private static double parse(String cell) {
            try {
                return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        int parameterColumn(int index) {
            return 4 + index;
        }

        int metricColumn(int index) {
            return 4 + parameters.size() + index;
        }

        String parameterName(int index) {
            return parameters.get(index);
        }

        String metricName(int index) {
            return metrics.get(index);
        }

        /** Whether every design point's parameter values come from a small set (a grid design). */
        boolean isGrid() {
            for (int p = 0; p < Math.min(2, parameters.size()); p++) {
                int column = parameterColumn(p);
                if (runs.stream().mapToDouble(r -> r[column]).distinct().count() > 30) {
                    return false;
                }
            }
            return true;
        }
    }
}
