package org.lngsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Two live JFreeChart panels (MASON's own chart package targets JFreeChart 1.0 and does not run
 * on 1.5): unserved electricity (GWh a day, all grids) and unserved gas (million m³ a day, all gas
 * pools), day by day as the run goes, with the counterfactual's whole line (protocol off, run
 * beforehand) when there is one. Series change on Swing's thread only.
 */
final class ShortfallCharts {

    private static final Color RUN = new Color(0x1F5FB4);
    private static final Color WITHOUT = new Color(0x999999);

    private final XYSeries energy = new XYSeries("this run", true, false);
    private final XYSeries gas = new XYSeries("this run", true, false);
    private final XYSeries energyWithout = new XYSeries("without the protocol (counterfactual)", true, false);
    private final XYSeries gasWithout = new XYSeries("without the protocol (counterfactual)", true, false);
    private final JPanel panel = new JPanel(new GridLayout(2, 1));
    private int shownDays;

    ShortfallCharts(DailyShortfall counterfactual) {
        if (counterfactual != null) {
            fill(energyWithout, counterfactual.energyGWh());
            fill(gasWithout, counterfactual.gasMcm());
        }
        panel.add(new ChartPanel(chart("Unserved electricity", "GWh a day", energy, energyWithout)));
        panel.add(new ChartPanel(chart("Unserved gas", "million m³ a day", gas, gasWithout)));
        panel.setPreferredSize(new Dimension(560, 560));
    }

    private static void fill(XYSeries series, double[] values) {
        for (int day = 0; day < values.length; day++) {
            series.add(day, values[day], false);
        }
        series.fireSeriesChanged();
    }

    private static JFreeChart chart(String title, String unit, XYSeries run, XYSeries without) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(run);
        data.addSeries(without);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, RUN);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesPaint(1, WITHOUT);
        renderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        NumberAxis days = new NumberAxis("day of the run");
        days.setAutoRangeIncludesZero(true);
        NumberAxis values = new NumberAxis(unit);
        // a run with no shortfall keeps a readable 0–1 axis, not ±5E-9
        values.setAutoRangeMinimumSize(1.0);
        values.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, days, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        return new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    /** A frame holding both charts (the GUI registers it with the Console). */
    JFrame frame() {
        JFrame frame = new JFrame("Unserved energy and gas");
        frame.getContentPane().add(panel);
        frame.pack();
        return frame;
    }

    /** Adds the days the run has completed since the last call (called on the simulation's thread). */
    void update(DailyShortfall run) {
        int days = run.days();
        if (days <= shownDays) {
            return;
        }
        double[] e = run.energyGWh();
        double[] g = run.gasMcm();
        int from = shownDays;
        shownDays = days;
        SwingUtilities.invokeLater(() -> {
            // The last day shown may have grown since it was added (a day closes at its end).
            for (int day = Math.max(0, from - 1); day < e.length; day++) {
                energy.addOrUpdate(day, e[day]);
                gas.addOrUpdate(day, g[day]);
            }
        });
    }

    /** Starts the run's lines afresh (the Console's stop and play again). */
    void clear() {
        shownDays = 0;
        SwingUtilities.invokeLater(() -> {
            energy.clear();
            gas.clear();
        });
    }
}
