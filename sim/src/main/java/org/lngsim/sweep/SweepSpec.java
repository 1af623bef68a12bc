package org.lngsim.sweep;

import java.nio.file.Path;
import java.util.List;

/** A validated sweep file. */
public record SweepSpec(String name, String description, Path file, Path base, List<String> fixedSets,
        List<Parameter> parameters, Design design, int replications, long seed, boolean counterfactual,
        List<String> metrics, String hash) {

    public SweepSpec {
        fixedSets = List.copyOf(fixedSets);
        parameters = List.copyOf(parameters);
        metrics = List.copyOf(metrics);
    }

    /** One swept scenario path: a list of values, a range, or a distribution (exactly one). */
    public record Parameter(String path, List<Object> values, Range range, Distribution distribution) {
    }

    public record Range(double from, double to, double step) {

        /** The values from {@code from} to {@code to} inclusive, by {@code step}. */
        public List<Object> values() {
            List<Object> values = new java.util.ArrayList<>();
            long count = (long) Math.floor((to - from) / step + 1e-9);
            for (long i = 0; i <= count; i++) {
                values.add(from + i * step);
            }
            return values;
        }
    }

    public record Distribution(String type, Double min, Double max, Double mode, Double mean, Double sd, Double median,
            Double sigma) {
    }

    /** Full grid, Latin hypercube or random sampling; {@code samples} for the last two. */
    public record Design(String type, Integer samples) {
    }
}
