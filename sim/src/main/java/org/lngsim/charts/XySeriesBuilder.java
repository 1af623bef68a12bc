package org.lngsim.charts;

import org.jfree.data.xy.XYSeries;

/** Daily arrays as JFreeChart series on a calendar axis; missing days (NaN) are left out. */
final class XySeriesBuilder {

    private XySeriesBuilder() {
    }

    static XYSeries daily(String name, double[] values, double scale, Timeline timeline) {
        XYSeries series = new XYSeries(name, false, false);
        for (int day = 0; day < values.length; day++) {
            if (!Double.isNaN(values[day])) {
                series.add(timeline.millisOfDay(day), values[day] * scale, false);
            }
        }
        return series;
    }
}
