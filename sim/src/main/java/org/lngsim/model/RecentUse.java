package org.lngsim.model;

import java.util.Arrays;

/**
 * Each sector's average daily use over the last {@code days} days: the base an allocation order's
 * entitlements are shares of ("past six-month average consumption"). Days before the run count as
 * served at each sector's ordinary demand, so the average is defined from the first day. Pure.
 */
public final class RecentUse {

    private final double[][] daily;
    private int next;

    /** A memory of {@code days} days, filled with each sector's {@code ordinaryDaily} use. */
    public RecentUse(int days, double[] ordinaryDaily) {
        if (days < 1) {
            throw new IllegalArgumentException("a memory of " + days + " days");
        }
        daily = new double[ordinaryDaily.length][days];
        for (int s = 0; s < ordinaryDaily.length; s++) {
            Arrays.fill(daily[s], ordinaryDaily[s]);
        }
    }

    /** Records one day's use by sector (same order as the ordinary use), dropping the oldest day. */
    public void record(double[] servedToday) {
        if (servedToday.length != daily.length) {
            throw new IllegalArgumentException(servedToday.length + " sectors recorded, " + daily.length + " remembered");
        }
        for (int s = 0; s < daily.length; s++) {
            daily[s][next] = servedToday[s];
        }
        next = (next + 1) % daily[0].length;
    }

    /** Each sector's average daily use over the remembered days. */
    public double[] averages() {
        double[] averages = new double[daily.length];
        for (int s = 0; s < daily.length; s++) {
            double sum = 0;
            for (double day : daily[s]) {
                sum += day;
            }
            averages[s] = sum / daily[s].length;
        }
        return averages;
    }
}
