package org.lngsim.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The spread of repeated timings: median, quartiles and extremes. Quantiles interpolate linearly
 * between order statistics (the R-7 / spreadsheet rule), so they do not jump with one round more
 * or less. Pure.
 *
 * @param median the 50% quantile
 * @param lowerQuartile the 25% quantile
 * @param upperQuartile the 75% quantile
 * @param min the smallest value
 * @param max the largest value
 * @param count how many values
 */
public record Spread(double median, double lowerQuartile, double upperQuartile, double min, double max, int count) {

    /** The spread of {@code values}; at least one. */
    public static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to take the spread of");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new Spread(quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75), sorted.get(0),
                sorted.get(sorted.size() - 1), sorted.size());
    }

    /** The interquartile range as a share of the median: how stable the figure is between rounds. */
    public double relativeIqr() {
        return (upperQuartile - lowerQuartile) / median;
    }

    private static double quantile(List<Double> sorted, double p) {
        double position = p * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.size() - 1);
        double fraction = position - below;
        return sorted.get(below) + fraction * (sorted.get(above) - sorted.get(below));
    }
}
