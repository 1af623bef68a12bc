package org.lngsim.sweep;

import java.util.ArrayList;
import java.util.List;
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
 */
final class Sampling {

    private Sampling() {
    }

    /** One design point: a value per parameter, in parameter order. */
    record Point(List<Object> values) {
    }

    static List<Point> points(SweepSpec spec) {
        return switch (spec.design().type()) {
            case "grid" -> grid(spec.parameters());
            case "lhs" -> latinHypercube(spec.parameters(), spec.design().samples(), new MersenneTwister(spec.seed()));
            default -> random(spec.parameters(), spec.design().samples(), new MersenneTwister(spec.seed()));
        };
    }

    private static List<Point> grid(List<SweepSpec.Parameter> parameters) {
        List<List<Object>> combos = new ArrayList<>();
        combos.add(List.of());
        for (SweepSpec.Parameter parameter : parameters) {
            List<List<Object>> next = new ArrayList<>();
            for (List<Object> combo : combos) {
                for (Object value : discreteValues(parameter)) {
                    List<Object> extended = new ArrayList<>(combo);
                    extended.add(value);
                    next.add(extended);
                }
            }
            combos = next;
        }
        return combos.stream().map(Point::new).toList();
    }

    private static List<Point> latinHypercube(List<SweepSpec.Parameter> parameters, int samples, RandomGenerator random) {
        double[][] quantiles = new double[parameters.size()][samples];
        for (int p = 0; p < parameters.size(); p++) {
            int[] strata = permutation(samples, random);
            for (int i = 0; i < samples; i++) {
                quantiles[p][i] = (strata[i] + random.nextDouble()) / samples;
            }
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            List<Object> values = new ArrayList<>();
            for (int p = 0; p < parameters.size(); p++) {
                values.add(valueAt(parameters.get(p), quantiles[p][i]));
            }
            points.add(new Point(values));
        }
        return points;
    }

    private static List<Point> random(List<SweepSpec.Parameter> parameters, int samples, RandomGenerator random) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            List<Object> values = new ArrayList<>();
            for (SweepSpec.Parameter parameter : parameters) {
                values.add(valueAt(parameter, random.nextDouble()));
            }
            points.add(new Point(values));
        }
        return points;
    }

    /** The value at quantile u (0..1): an element of a list, a point of a range, an inverse CDF. */
    static Object valueAt(SweepSpec.Parameter parameter, double u) {
        if (parameter.distribution() != null) {
            return distribution(parameter.distribution()).inverseCumulativeProbability(Math.min(Math.max(u, 1e-12), 1 - 1e-12));
        }
        if (parameter.range() != null) {
            SweepSpec.Range range = parameter.range();
            return range.from() + u * (range.to() - range.from());
        }
        List<Object> values = parameter.values();
        return values.get(Math.min(values.size() - 1, (int) Math.floor(u * values.size())));
    }

    static List<Object> discreteValues(SweepSpec.Parameter parameter) {
        return parameter.values() != null ? parameter.values() : parameter.range().values();
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
        return switch (d.type()) {
            case "uniform" -> d.min() == null || d.max() == null ? "a uniform distribution needs min and max"
                    : d.max() <= d.min() ? "max must be above min" : null;
            case "normal" -> d.mean() == null || d.sd() == null ? "a normal distribution needs mean and sd" : null;
            case "triangular" -> d.min() == null || d.mode() == null || d.max() == null
                    ? "a triangular distribution needs min, mode and max"
                    : !(d.min() <= d.mode() && d.mode() <= d.max() && d.min() < d.max()) ? "needs min <= mode <= max, min < max" : null;
            default -> d.median() == null || d.sigma() == null ? "a lognormal distribution needs median and sigma" : null;
        };
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
