package org.lngsim.compare;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A headline's replications, for a run folder written by an ensemble: each replication's seed and
 * value in replication order, and the ensemble's 5th percentile, median and 95th percentile as
 * {@code ensemble.json} states them.
 */
public record Draws(List<Long> seeds, List<Double> values, double p5, double median, double p95) {

    public Draws {
        seeds = List.copyOf(seeds);
        values = List.copyOf(values);
        if (seeds.size() != values.size() || values.isEmpty()) {
            throw new IllegalArgumentException("one value per seed, at least one");
        }
    }

    /** The same draws in another unit ({@code convert} applied to every figure). */
    Draws converted(DoubleUnaryOperator convert) {
        return new Draws(seeds, values.stream().map(convert::applyAsDouble).toList(), convert.applyAsDouble(p5),
                convert.applyAsDouble(median), convert.applyAsDouble(p95));
    }

    /** True when both ensembles ran the same seeds in the same order: their replications pair up. */
    boolean pairsWith(Draws other) {
        return seeds.equals(other.seeds);
    }
}
