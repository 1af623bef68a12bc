package org.lngsim.sweep;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.lngsim.events.Numbers;

/**
 * Design points of a sweep: the full grid of values and ranges, a Latin hypercube (each
 * parameter's range split into as many equal-probability strata as samples, each stratum used
 * once, in a random pairing), or independent random draws. Deterministic in the sweep seed.
 *
 * <p>Points are computed when asked for, not held: a grid's point is decoded from its number, a
 * sample's from its stored quantiles, so a large design costs no memory per point.
 */
final class Sampling {

    /**
     * Quantiles are kept this far inside (0, 1): an inverse CDF at 0 or 1 is infinite for the
     * normal and lognormal. So {@link #lowest} and {@link #highest} are what a draw can reach.
     */
    static final double EDGE = 1e-12;

    private Sampling() {
    }

    /** One design point: a value per parameter, in parameter order. */
    record Point(List<Object> values) {
    }

    /** The design points; the sweep's size must have passed {@link #pointCount}'s limit. */
    static List<Point> points(SweepSpec spec) {
        return switch (spec.design().type()) {
            case "grid" -> new Grid(spec.parameters());
            case "lhs" -> new Sampled(spec.parameters(),
                    latinHypercube(spec.parameters().size(), spec.design().samples(), new MersenneTwister(spec.seed())));
            default -> new Sampled(spec.parameters(),
                    random(spec.parameters().size(), spec.design().samples(), new MersenneTwister(spec.seed())));
        };
    }

    /**
     * How many design points the sweep has, in exact arithmetic: {@link Long#MAX_VALUE} when the
     * product does not fit a long (it is then far beyond any limit anyway).
     */
    static long pointCount(SweepSpec spec) {
        if (!"grid".equals(spec.design().type())) {
            return spec.design().samples() == null ? 0 : spec.design().samples();
        }
        long count = 1;
        for (SweepSpec.Parameter parameter : spec.parameters()) {
            try {
                count = Math.multiplyExact(count, valueCount(parameter));
            } catch (ArithmeticException e) {
                return Long.MAX_VALUE;
            }
        }
        return count;
    }

    /** How many values a grid takes of a parameter. */
    static long valueCount(SweepSpec.Parameter parameter) {
        return parameter.values() != null ? parameter.values().size() : parameter.range().count();
    }

    /** The {@code i}-th grid value of a list or a range. */
    static Object discreteValue(SweepSpec.Parameter parameter, long i) {
        return parameter.values() != null ? parameter.values().get((int) i) : parameter.range().value(i);
    }

    /** Grid points decoded from their number, the last parameter varying fastest. */
    private static final class Grid extends AbstractList<Point> {
        private final List<SweepSpec.Parameter> parameters;
        private final int size;

        Grid(List<SweepSpec.Parameter> parameters) {
            this.parameters = parameters;
            long count = 1;
            for (SweepSpec.Parameter parameter : parameters) {
                count = Math.multiplyExact(count, valueCount(parameter));
            }
            this.size = Math.toIntExact(count);
        }

        @Override
        public Point get(int index) {
            Object[] values = new Object[parameters.size()];
            long rest = index;
            for (int p = parameters.size() - 1; p >= 0; p--) {
                long radix = valueCount(parameters.get(p));
                values[p] = discreteValue(parameters.get(p), rest % radix);
                rest /= radix;
            }
            return new Point(List.of(values));
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Sampled points from stored quantiles, point by point: {@code quantiles[point * parameters + p]}. */
    private static final class Sampled extends AbstractList<Point> {
        private final List<SweepSpec.Parameter> parameters;
        private final double[] quantiles;

        Sampled(List<SweepSpec.Parameter> parameters, double[] quantiles) {
            this.parameters = parameters;
            this.quantiles = quantiles;
        }

        @Override
        public Point get(int index) {
            List<Object> values = new ArrayList<>(parameters.size());
            for (int p = 0; p < parameters.size(); p++) {
                values.add(valueAt(parameters.get(p), quantiles[index * parameters.size() + p]));
            }
            return new Point(values);
        }

        @Override
        public int size() {
            return parameters.isEmpty() ? 0 : quantiles.length / parameters.size();
        }
    }

    private static double[] latinHypercube(int parameters, int samples, RandomGenerator random) {
        double[] quantiles = new double[samples * parameters];
        // drawn parameter by parameter, as before points were computed lazily: the same seed
        // gives the same design as earlier versions
        for (int p = 0; p < parameters; p++) {
            int[] strata = permutation(samples, random);
            for (int i = 0; i < samples; i++) {
                quantiles[i * parameters + p] = (strata[i] + random.nextDouble()) / samples;
            }
        }
        return quantiles;
    }

    private static double[] random(int parameters, int samples, RandomGenerator random) {
        double[] quantiles = new double[samples * parameters];
        for (int i = 0; i < samples; i++) {
            for (int p = 0; p < parameters; p++) {
                quantiles[i * parameters + p] = random.nextDouble();
            }
        }
        return quantiles;
    }

    /** The value at quantile u (0..1): an element of a list, a point of a range, an inverse CDF. */
    static Object valueAt(SweepSpec.Parameter parameter, double u) {
        if (parameter.distribution() != null) {
            return quantile(parameter.distribution(), u);
        }
        if (parameter.range() != null) {
            SweepSpec.Range range = parameter.range();
            return range.from() + u * (range.to() - range.from());
        }
        List<Object> values = parameter.values();
        return values.get(Math.min(values.size() - 1, (int) Math.floor(u * values.size())));
    }

    /**
     * The inverse CDF at u, kept {@link #EDGE} inside (0, 1). A truncated distribution maps u onto
     * the probability between its bounds, so Latin hypercube strata stay equally likely.
     */
    static double quantile(SweepSpec.Distribution d, double u) {
        RealDistribution f = distribution(d);
        double p = Math.min(Math.max(u, EDGE), 1 - EDGE);
        if (!d.truncated()) {
            return f.inverseCumulativeProbability(p);
        }
        double low = d.min() == null ? 0 : f.cumulativeProbability(d.min());
        double high = d.max() == null ? 1 : f.cumulativeProbability(d.max());
        double value = f.inverseCumulativeProbability(low + p * (high - low));
        // rounding in the CDF must not put a draw a hair outside the bounds the user set
        return Math.min(Math.max(value, d.min() == null ? value : d.min()), d.max() == null ? value : d.max());
    }

    /** The smallest value a parameter can take (numbers only). */
    static double lowest(SweepSpec.Parameter parameter) {
        if (parameter.distribution() != null) {
            return quantile(parameter.distribution(), 0);
        }
        if (parameter.range() != null) {
            return parameter.range().from();
        }
        return numbers(parameter).stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    /** The largest value a parameter can take (numbers only). */
    static double highest(SweepSpec.Parameter parameter) {
        if (parameter.distribution() != null) {
            return quantile(parameter.distribution(), 1);
        }
        if (parameter.range() != null) {
            return parameter.range().value(parameter.range().count() - 1);
        }
        return numbers(parameter).stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static List<Double> numbers(SweepSpec.Parameter parameter) {
        return parameter.values().stream().filter(Double.class::isInstance).map(Double.class::cast).toList();
    }

    private static int[] permutation(int n, RandomGenerator random) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    static RealDistribution distribution(SweepSpec.Distribution d) {
        RandomGenerator unused = new MersenneTwister(0);
        return switch (d.type()) {
            case "uniform" -> new UniformRealDistribution(unused, d.min(), d.max());
            case "normal" -> new NormalDistribution(unused, d.mean(), d.sd());
            case "triangular" -> new TriangularDistribution(unused, d.min(), d.mode(), d.max());
            default -> new LogNormalDistribution(unused, Math.log(d.median()), d.sigma());
        };
    }

    /** Null when the distribution has the parameters its type needs, in order; else what is wrong. */
    static String distributionProblem(SweepSpec.Distribution d) {
        String missing = switch (d.type()) {
            case "uniform" -> d.min() == null || d.max() == null ? "a uniform distribution needs min and max"
                    : d.max() <= d.min() ? "max must be above min" : null;
            case "normal" -> d.mean() == null || d.sd() == null ? "a normal distribution needs mean and sd" : null;
            case "triangular" -> d.min() == null || d.mode() == null || d.max() == null
                    ? "a triangular distribution needs min, mode and max"
                    : !(d.min() <= d.mode() && d.mode() <= d.max() && d.min() < d.max()) ? "needs min <= mode <= max, min < max" : null;
            default -> d.median() == null || d.sigma() == null ? "a lognormal distribution needs median and sigma" : null;
        };
        return missing != null ? missing : truncationProblem(d);
    }

    /** Truncation bounds must be ordered and keep some of the distribution. */
    private static String truncationProblem(SweepSpec.Distribution d) {
        if (!d.truncated()) {
            return null;
        }
        if (d.min() != null && d.max() != null && d.max() <= d.min()) {
            return "max must be above min";
        }
        RealDistribution f = distribution(d);
        double kept = (d.max() == null ? 1 : f.cumulativeProbability(d.max()))
                - (d.min() == null ? 0 : f.cumulativeProbability(d.min()));
        if (!(kept > 1e-9)) {
            return "min and max keep almost none of the " + d.type() + " distribution (probability "
                    + String.format(Locale.ROOT, "%.3g", kept) + "); move them towards its centre";
        }
        return null;
    }

    /** How a value is written into a --set override and results.csv. */
    static String text(Object value) {
        if (value instanceof Double d) {
            return Numbers.format(d);
        }
        return String.valueOf(value);
    }

    static String firstValueText(SweepSpec.Parameter parameter) {
        if (parameter.values() != null) {
            return text(parameter.values().get(0));
        }
        if (parameter.range() != null) {
            return text(parameter.range().from());
        }
        return distributionProblem(parameter.distribution()) == null ? text(valueAt(parameter, 0.5)) : "0";
    }
}
