package org.lngsim.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.lngsim.model.Units;
import org.lngsim.protocol.Purpose;
import org.lngsim.text.Plural;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.runfolder.read.Redirection;

/**
 * Chart 5: every redirected cargo as a bar from its release by the donor to its delivery at the
 * receiver, one row per cargo in release order, coloured by direction (donor → receiver). A
 * cargo still at sea at the horizon runs to the end of the axis.
 */
public final class RedirectionsChart {

    public static final String FILE = "redirections";

    private static final double BAR_HALF_HEIGHT = 0.35;

    private RedirectionsChart() {
    }

    /**
     * The direction label of a redirection: "Japan to India". Not an arrow: PDF's standard fonts
     * have no arrow glyph, and the label vanished there.
     */
    static String direction(RunFolder run, Redirection r) {
        return run.importerName(r.donor()) + " to " + run.importerName(r.receiver());
    }

    public static JFreeChart build(RunFolder run) {
        Timeline timeline = new Timeline(run.scenario());
        List<Redirection> rows = new ArrayList<>(run.redirections());
        rows.sort(Comparator.comparingDouble(Redirection::releasedHours).thenComparing(Redirection::cargo));
        Map<String, XYIntervalSeries> byDirection = new LinkedHashMap<>();
        for (String direction : directions(run)) {
            byDirection.put(direction, new XYIntervalSeries(direction));
        }
        double endHours = Units.daysToHours(timeline.horizonDays());
        String[] labels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Redirection r = rows.get(i);
            // Rows run top to bottom in release order, while the axis counts upwards.
            int y = rows.size() - 1 - i;
            labels[y] = r.cargo() + " (" + r.purpose().label() + ")";
            double to = Double.isNaN(r.deliveredHours()) ? endHours : r.deliveredHours();
            byDirection.computeIfAbsent(direction(run, r), XYIntervalSeries::new).add(y, y - BAR_HALF_HEIGHT,
                    y + BAR_HALF_HEIGHT, timeline.millisOfHours(r.releasedHours()),
                    timeline.millisOfHours(r.releasedHours()), timeline.millisOfHours(to));
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        byDirection.values().forEach(data::addSeries);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.series(i));
        }
        SymbolAxis cargoAxis = new SymbolAxis(null, labels);
        cargoAxis.setGridBandsVisible(false);
        cargoAxis.setRange(-0.6, Math.max(rows.size(), 1) - 0.4);
        XYPlot plot = new XYPlot(data, cargoAxis, timeline.dateAxis(null), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        timeline.shadeRange(plot, true);
        plot.setNoDataMessage("No cargo was redirected in this run.");
        JFreeChart chart = new JFreeChart("Redirected cargoes: from release to delivery", null, plot, true);
        ChartStyle.apply(chart, subtitle(run, rows));
        if (rows.size() > 30) {
            cargoAxis.setTickLabelFont(ChartStyle.TICK_FONT.deriveFont(11f));
        }
        return chart;
    }

    /** Every ordered pair of protocol parties, so the colours do not depend on which pairs occurred. */
    static List<String> directions(RunFolder run) {
        List<String> parties = run.scenario().protocolSettings().map(p -> p.parties()).orElse(List.of());
        List<String> directions = new ArrayList<>();
        for (String donor : parties) {
            for (String receiver : parties) {
                if (!donor.equals(receiver)) {
                    directions.add(run.importerName(donor) + " to " + run.importerName(receiver));
                }
            }
        }
        return directions;
    }

    /**
     * Counts as {@code summary.json} and the console do (ProtocolTally): "redirected" is the
     * emergency releases and their mass; paybacks in kind are counted apart, never added in (their
     * mass is the summary's repaidInKindMt, from the settlements, not the cargoes' loads).
     */
    static String subtitle(RunFolder run, List<Redirection> rows) {
        List<Redirection> emergency = rows.stream().filter(r -> r.purpose() == Purpose.EMERGENCY).toList();
        List<Redirection> paybacks = rows.stream().filter(r -> r.purpose() != Purpose.EMERGENCY).toList();
        return Plural.of(emergency.size(), "cargo", "cargoes") + " redirected in an emergency (" + DisplayNumbers.two(mt(emergency))
                + " Mt); " + Plural.of(paybacks.size(), "payback") + " in kind."
                + " Bars run from the donor's release to unloading.";
    }

    private static double mt(List<Redirection> rows) {
        return rows.stream().mapToDouble(Redirection::massT).sum() / Units.T_PER_MT;
    }
}
