package org.lngsim.compare;

import java.util.stream.IntStream;
import org.lngsim.stats.EnsembleStats;

/**
 * A run's number minus the reference run's, and what that means for a reader. Pure arithmetic.
 * Between two ensembles that ran the same seeds, the difference is taken replication by
 * replication (the same random draws with and without the change, as the protocol's own pairs are)
 * and given as the median of the paired differences with their 5–95% range; between ensembles of
 * different seeds it is the difference of the medians, and the ranges are compared.
 *
 * @param delta value − reference (the paired differences' median for paired ensembles), NaN when
 *     either is missing
 * @param low the paired differences' 5th percentile, NaN unless paired
 * @param high their 95th percentile, NaN unless paired
 */
public record Difference(double delta, double low, double high, Verdict verdict) {

    /**
     * Differences below this are rounding in summary.json (it keeps 0.01 GWh, 0.001 Mt), not a
     * change a reader should see coloured.
     */
    static final double SAME_WITHIN = 1e-9;

    /** A difference of single numbers. */
    public Difference(double delta, Verdict verdict) {
        this(delta, Double.NaN, Double.NaN, verdict);
    }

    /** {@code value} against {@code reference}; either may be null (missing in that run). */
    public static Difference between(Double reference, Double value, Better better) {
        if (reference == null || value == null) {
            return new Difference(Double.NaN, Verdict.MISSING);
        }
        double delta = value - reference;
        if (Math.abs(delta) < SAME_WITHIN) {
            return new Difference(0.0, Verdict.SAME);
        }
        return new Difference(delta, signed(delta, better));
    }

    /** {@code headline} against {@code reference}, by their replications when both have them. */
    public static Difference between(Headline reference, Headline headline) {
        if (reference == null || headline == null) {
            return new Difference(Double.NaN, Verdict.MISSING);
        }
        if (!reference.ranged() || !headline.ranged()) {
            return between(reference.value(), headline.value(), headline.better());
        }
        Draws a = reference.draws();
        Draws b = headline.draws();
        if (b.pairsWith(a)) {
            double[] paired = IntStream.range(0, a.values().size()).mapToDouble(r -> b.values().get(r) - a.values().get(r))
                    .toArray();
            EnsembleStats.Spread spread = EnsembleStats.spread(paired);
            if (IntStream.range(0, paired.length).allMatch(r -> Math.abs(paired[r]) < SAME_WITHIN)) {
                return new Difference(0.0, 0.0, 0.0, Verdict.SAME);
            }
            boolean holdsZero = spread.p5() <= SAME_WITHIN && spread.p95() >= -SAME_WITHIN;
            return new Difference(spread.median(), spread.p5(), spread.p95(),
                    holdsZero ? Verdict.INSIDE_SPREAD : signed(spread.median(), headline.better()));
        }
        double delta = b.median() - a.median();
        boolean overlap = b.p5() <= a.p95() && a.p5() <= b.p95();
        if (Math.abs(delta) < SAME_WITHIN && overlap) {
            return new Difference(0.0, Verdict.SAME);
        }
        return new Difference(delta, overlap ? Verdict.INSIDE_SPREAD : signed(delta, headline.better()));
    }

    private static Verdict signed(double delta, Better better) {
        if (better == Better.NEITHER) {
            return Verdict.CHANGED;
        }
        return delta < 0 ? Verdict.BETTER : Verdict.WORSE;
    }

    /** True when the difference has a paired 5–95% range. */
    public boolean ranged() {
        return !Double.isNaN(low);
    }
}
