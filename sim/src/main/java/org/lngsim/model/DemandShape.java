package org.lngsim.model;

import java.util.List;

/**
 * Hourly demand of a grid: its mean power shaped by month, weekday and hour-of-day factors, each
 * normalised to a mean of one so the year adds up to the annual energy. Pure.
 */
public final class DemandShape {

    private final double meanMW;
    private final double[] monthly;
    private final double[] weekday;
    private final double[] hourly;

    public DemandShape(double annualTWh, List<Double> monthly, List<Double> weekday, List<Double> hourly) {
        this.meanMW = annualTWh * Units.MWH_PER_TWH / Units.HOURS_PER_YEAR;
        this.monthly = normalise(monthly);
        this.weekday = normalise(weekday);
        this.hourly = normalise(hourly);
    }

    /**
     * @param monthIndex   0 = January
     * @param weekdayIndex 0 = Monday
     * @param hourOfDay    0..23
     */
    public double demandMW(int monthIndex, int weekdayIndex, int hourOfDay) {
        return meanMW * monthly[monthIndex] * weekday[weekdayIndex] * hourly[hourOfDay];
    }

    static double[] normalise(List<Double> factors) {
        double[] values = new double[factors.size()];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = factors.get(i);
            sum += values[i];
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i] * values.length / sum;
        }
        return values;
    }
}
