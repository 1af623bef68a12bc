package org.lngsim.backcast;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lngsim.charts.ChartStyle;
import org.lngsim.charts.Timeline;
import org.lngsim.model.Units;
import org.lngsim.runfolder.read.DailySeries;
import org.lngsim.runfolder.read.RunFolder;

/**
 * One chart per event: a panel per metric, on the event's calendar. Each observation is its band
 * (a grey box over its window; an open bound runs to the panel's edge), its published value (a
 * black bar) and the model's figure over the same window (a coloured bar: green within the band,
 * vermillion off it). Stock panels also draw the model's daily stock, the series the dated
 * observations sample.
 */
final class BackcastChart {

    static final int PANEL_HEIGHT_PX = 170;
    static final int FRAME_HEIGHT_PX = 190;
    private static final Color BAND = new Color(0, 0, 0, 40);
    private static final Color WITHIN = ChartStyle.BLUISH_GREEN;
    private static final Color OFF = ChartStyle.VERMILLION;
    private static final BasicStroke BAR = new BasicStroke(4f);
    private static final Font LABEL = new Font(ChartStyle.FONT, Font.PLAIN, 13);

    private BackcastChart() {
    }

    /** The panels' metrics, in the order the metrics are declared, each with its comparisons. */
    static Map<Metric, List<Comparison>> panels(List<Comparison> comparisons) {
        Map<Metric, List<Comparison>> panels = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            List<Comparison> own = comparisons.stream().filter(c -> c.observation().metric() == metric).toList();
            if (!own.isEmpty()) {
                panels.put(metric, own);
            }
        }
        return panels;
    }

    /** The height the chart needs for {@code comparisons}' panels. */
    static int heightPx(List<Comparison> comparisons) {
        return FRAME_HEIGHT_PX + PANEL_HEIGHT_PX * panels(comparisons).size();
    }

    static JFreeChart build(Backcast.EventResult result, RunFolder run) {
        Timeline timeline = new Timeline(run.scenario());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(timeline.dateAxis(null));
        plot.setGap(14);
        for (Map.Entry<Metric, List<Comparison>> panel : panels(result.comparisons()).entrySet()) {
            plot.add(panel(panel.getKey(), panel.getValue(), run, timeline), 1);
        }
        JFreeChart chart = new JFreeChart("Back-cast: " + result.event().name(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        long within = result.comparisons().stream().filter(c -> c.verdict().agrees()).count();
        ChartStyle.apply(chart, String.format(java.util.Locale.ROOT,
                "%d of %d figures within the published band. Grey box: published band over its window; black: "
                        + "published value; green/vermillion: the model's median within/off the band, its outlined "
                        + "box the replications' 5–95%% range", within,
                result.comparisons().size()));
        return chart;
    }

    private static XYPlot panel(Metric metric, List<Comparison> comparisons, RunFolder run, Timeline timeline) {
        XYSeriesCollection lines = dailyStock(metric, comparisons, run, timeline);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < lines.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.series(i));
            renderer.setSeriesStroke(i, ChartStyle.LINE);
        }
        NumberAxis axis = new NumberAxis(metric.unit());
        axis.setAutoRangeIncludesZero(false);
        XYPlot panel = new XYPlot(lines, null, axis, renderer);
        double[] range = range(comparisons, lines);
        axis.setRange(range[0], range[1]);
        for (Comparison c : comparisons) {
            annotate(panel, c, timeline, range, metric.modelled() ? "" : " (not modelled)");
        }
        timeline.shadeDomain(panel, false);
        return panel;
    }

    /** The model's daily stock for the stock panels' subjects, in Mt; none for other metrics. */
    private static XYSeriesCollection dailyStock(Metric metric, List<Comparison> comparisons, RunFolder run,
            Timeline timeline) {
        XYSeriesCollection lines = new XYSeriesCollection();
        String variable = switch (metric) {
            case STOCK, STOCK_MIN -> "stock";
            case UTILITY_STOCK, UTILITY_STOCK_MIN -> ModelFigures.UTILITY_STOCK;
            default -> null;
        };
        if (variable == null) {
            return lines;
        }
        DailySeries series = run.series();
        for (String subject : comparisons.stream().map(c -> c.observation().subject()).distinct().toList()) {
            double[] tonnes = variable.equals("stock") ? ModelFigures.stockT(run, subject) : series.values(subject, variable);
            XYSeries line = new XYSeries(subject + " " + variable, false, false);
            for (int d = 0; d < tonnes.length; d++) {
                if (!Double.isNaN(tonnes[d])) {
                    line.add(timeline.millisOfDay(d + 1), tonnes[d] / Units.T_PER_MT);
                }
            }
            if (line.getItemCount() > 0) {
                lines.addSeries(line);
            }
        }
        return lines;
    }

    /** The value range: every bound, value, model figure and line, with a margin; at least 0..1. */
    private static double[] range(List<Comparison> comparisons, XYSeriesCollection lines) {
        List<Double> values = new ArrayList<>();
        for (Comparison c : comparisons) {
            Observation o = c.observation();
            o.low().ifPresent(values::add);
            o.high().ifPresent(values::add);
            o.value().ifPresent(values::add);
            c.model().value().ifPresent(values::add);
            c.model().p5().ifPresent(values::add);
            c.model().p95().ifPresent(values::add);
        }
        for (int i = 0; i < lines.getSeriesCount(); i++) {
            values.add(lines.getSeries(i).getMinY());
            values.add(lines.getSeries(i).getMaxY());
        }
        double low = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (high - low < 1e-9) {
            // one value (often "none", 0): a unit-wide panel around it
            return new double[] {low >= 0 ? Math.max(0, low - 0.5) : low - 0.5, high + 0.5};
        }
        double margin = (high - low) * 0.15;
        // a panel of non-negative figures does not dip below zero
        return new double[] {low >= 0 ? Math.max(0, low - margin) : low - margin, high + 2 * margin};
    }

    private static void annotate(XYPlot panel, Comparison c, Timeline timeline, double[] range, String suffix) {
        Observation o = c.observation();
        Windows window = Windows.of(timeline.dateOfHours(0), o.from(), o.to());
        // a one-day window is widened to two days either side, or it would not show
        double widen = window.days() < 5 ? 2 : 0;
        double x0 = timeline.millisOfDay(window.firstDay() - widen);
        double x1 = timeline.millisOfDay(window.lastDay() + 1 + widen);
        double low = o.low().orElse(range[0]);
        double high = o.high().orElse(range[1]);
        double thickness = (range[1] - range[0]) * 0.01;
        panel.addAnnotation(new XYBoxAnnotation(x0, low - thickness, x1, high + thickness, null, null, BAND));
        o.value().ifPresent(v -> panel.addAnnotation(new XYLineAnnotation(x0, v, x1, v, BAR, ChartStyle.BLACK)));
        java.awt.Paint modelPaint = c.verdict().agrees() ? WITHIN : OFF;
        c.model().value().ifPresent(v -> panel.addAnnotation(new XYLineAnnotation(x0, v, x1, v, BAR, modelPaint)));
        if (c.model().ranged()) {
            // the range in the middle of the window, so the band's grey box still shows either side
            double third = (x1 - x0) / 3;
            panel.addAnnotation(new XYBoxAnnotation(x0 + third, c.model().p5().getAsDouble(), x1 - third,
                    c.model().p95().getAsDouble(), ChartStyle.LINE, modelPaint, null));
        }
        XYTextAnnotation label = new XYTextAnnotation(o.metric().id() + ": " + o.figure() + suffix, x0, high);
        label.setFont(LABEL);
        label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
        label.setPaint(ChartStyle.BLACK);
        panel.addAnnotation(label);
    }
}
