package org.lngsim.charts;

import java.awt.Color;
import java.awt.Stroke;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.RangeType;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.lngsim.runfolder.read.EnsembleFolder;

/**
 * An ensemble band as a JFreeChart series: the median line inside the shaded 5th–95th
 * percentile range, by calendar day; days without a row are left out.
 */
final class BandSeries {

    /** How light the range is drawn, so overlapping bands stay readable. */
    private static final float BAND_ALPHA = 0.22f;

    private BandSeries() {
    }

    static YIntervalSeries daily(String name, EnsembleFolder.Band band, double scale, Timeline timeline) {
        YIntervalSeries series = new YIntervalSeries(name, false, false);
        for (int day = 0; day < band.p50().length; day++) {
            if (!Double.isNaN(band.p50()[day])) {
                series.add(timeline.millisOfDay(day), band.p50()[day] * scale, band.p5()[day] * scale,
                        band.p95()[day] * scale);
            }
        }
        return series;
    }

    /** A renderer for bands: lines without shapes, ranges filled in the line's colour. */
    static DeviationRenderer renderer() {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(BAND_ALPHA);
        return renderer;
    }

    /** The same colour halfway to grey: a second band of the same entity. */
    static Color greyed(Color colour) {
        Color grey = ChartStyle.GREY;
        return new Color((colour.getRed() + grey.getRed()) / 2, (colour.getGreen() + grey.getGreen()) / 2,
                (colour.getBlue() + grey.getBlue()) / 2);
    }

    /**
     * An axis for amounts that cannot be negative (unserved energy, stock): from zero, never
     * below it, and at least one unit tall so "none" still reads as a flat line at zero.
     */
    static NumberAxis amountAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        axis.setRangeType(RangeType.POSITIVE);
        axis.setAutoRangeMinimumSize(1.0);
        return axis;
    }

    /** Adds {@code series} to {@code data}, drawn in {@code colour} with {@code stroke}. */
    static void add(YIntervalSeriesCollection data, DeviationRenderer renderer, YIntervalSeries series, Color colour,
            Stroke stroke) {
        data.addSeries(series);
        int index = data.getSeriesCount() - 1;
        renderer.setSeriesPaint(index, colour);
        renderer.setSeriesFillPaint(index, colour);
        renderer.setSeriesStroke(index, stroke);
    }
}
