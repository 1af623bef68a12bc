package org.lngsim.stats;

import java.util.Arrays;

/**
 * The figures an ensemble of replications reports for one metric. Percentiles interpolate
 * linearly between the closest ranks of the sorted values (rank h = (n − 1)·p/100, the default of
 * R's {@code quantile} and NumPy), so a median of an even count is the mean of the two middle
 * values and the 0th and 100th percentiles are the minimum and maximum.
 */
public final class EnsembleStats {

    /** The 5th percentile, median and 95th percentile of a metric across replications. */
    public record Spread(double p5, double median, double p95) {
    }

    private EnsembleStats() {
    }

    /** The {@code pct}-th percentile (0–100) of {@code values}, which must not be empty. */
    public static double percentile(double[] values, double pct) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(pct >= 0 && pct <= 100)) {
            throw new IllegalArgumentException("percentile " + pct + " is outside 0–100");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = (sorted.length - 1) * pct / 100.0;
        int below = (int) Math.floor(rank);
        if (below >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[below] + (rank - below) * (sorted[below + 1] - sorted[below]);
    }

    public static double median(double[] values) {
        return percentile(values, 50);
    }

    public static Spread spread(double[] values) {
        return new Spread(percentile(values, 5), median(values), percentile(values, 95));
    }

    /**
     * The share of paired replications in which the protocol made things worse: its "avoided"
     * (counterfactual minus protocol run) below zero. An exact zero — the protocol changed
     * nothing — is not worse.
     */
    public static double probabilityWorse(double[] avoided) {
        if (avoided.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        long worse = Arrays.stream(avoided).filter(a -> a < 0).count();
        return (double) worse / avoided.length;
    }

    /**
     * The replication nearest the medians of all metrics: the least sum over metrics of the
     * distance to the metric's median in units of its 5–95% range. A metric whose range is zero
     * (every replication alike, usually all zero) says nothing and is left out; ties go to the
     * lowest replication, so the choice is fixed by the values alone.
     *
     * @param byMetric {@code byMetric[m][r]}: metric m in replication r; every row the same length
     * @return the index of the replication
     */
    public static int nearestToMedians(double[][] byMetric) {
        if (byMetric.length == 0) {
            return 0;
        }
        int replications = byMetric[0].length;
        double[] distance = new double[replications];
        for (double[] metric : byMetric) {
            if (metric.length != replications) {
                throw new IllegalArgumentException("metrics have different numbers of replications");
            }
            Spread spread = spread(metric);
            double range = spread.p95() - spread.p5();
            if (range <= 0) {
                continue;
            }
            for (int r = 0; r < replications; r++) {
                distance[r] += Math.abs(metric[r] - spread.median()) / range;
            }
        }
        int nearest = 0;
        for (int r = 1; r < replications; r++) {
            if (distance[r] < distance[nearest]) {
                nearest = r;
            }
        }
        return nearest;
    }
}
