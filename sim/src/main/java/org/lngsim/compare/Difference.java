package org.lngsim.compare;

/**
 * A run's number minus the reference run's, and what that means for a reader. Pure arithmetic.
 *
 * @param delta value − reference, NaN when either is missing
 */
public record Difference(double delta, Verdict verdict) {

    /**
     * Differences below this are rounding in summary.json (it keeps 0.01 GWh, 0.001 Mt), not a
     * change a reader should see coloured.
     */
    static final double SAME_WITHIN = 1e-9;

    /** {@code value} against {@code reference}; either may be null (missing in that run). */
    public static Difference between(Double reference, Double value, Better better) {
        if (reference == null || value == null) {
            return new Difference(Double.NaN, Verdict.MISSING);
        }
        double delta = value - reference;
        if (Math.abs(delta) < SAME_WITHIN) {
            return new Difference(0.0, Verdict.SAME);
        }
        if (better == Better.NEITHER) {
            return new Difference(delta, Verdict.CHANGED);
        }
        return new Difference(delta, delta < 0 ? Verdict.BETTER : Verdict.WORSE);
    }
}
