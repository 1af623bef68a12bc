package org.lngsim.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lngsim.scenario.yaml.Location;

/**
 * A validated sweep file. {@code hash} identifies the sweep file's content; {@code inputs} the
 * scenario it runs, so that a resume or a merge can tell when either changed.
 */
public record SweepSpec(String name, String description, Path file, Path base, List<String> fixedSets,
        List<Parameter> parameters, Design design, int replications, long seed, boolean counterfactual,
        List<String> metrics, String hash, Inputs inputs) {

    public SweepSpec {
        fixedSets = List.copyOf(fixedSets);
        parameters = List.copyOf(parameters);
        metrics = List.copyOf(metrics);
    }

    SweepSpec withInputs(Inputs newInputs) {
        return new SweepSpec(name, description, file, base, fixedSets, parameters, design, replications, seed,
                counterfactual, metrics, hash, newInputs);
    }

    /**
     * One swept scenario path: a list of values, a range, or a distribution (exactly one).
     * {@code at} is where the parameter sits in the sweep file, for problems found while running.
     */
    public record Parameter(String path, List<Object> values, Range range, Distribution distribution, Location at) {

        public Parameter(String path, List<Object> values, Range range, Distribution distribution) {
            this(path, values, range, distribution, Location.of(""));
        }
    }

    public record Range(double from, double to, double step) {

        /** How many values the range has, saturating at {@link Long#MAX_VALUE} (a tiny step). */
        public long count() {
            // counted in double, which cannot wrap round: an absurd step saturates instead
            double count = Math.floor((to - from) / step + 1e-9) + 1;
            return count >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) count;
        }

        /** The {@code i}-th value, counting from {@code from}. */
        public double value(long i) {
            return from + i * step;
        }

        /** The values from {@code from} to {@code to} inclusive, by {@code step}. */
        public List<Object> values() {
            List<Object> values = new ArrayList<>();
            for (long i = 0; i < count(); i++) {
                values.add(value(i));
            }
            return values;
        }
    }

    /**
     * A distribution to sample. Uniform and triangular take their support from {@code min} and
     * {@code max}; for normal and lognormal, {@code min} and {@code max} are optional truncation
     * bounds, so a draw never leaves the range the swept field accepts.
     */
    public record Distribution(String type, Double min, Double max, Double mode, Double mean, Double sd, Double median,
            Double sigma) {

        /** Whether {@code min}/{@code max} truncate the distribution rather than being its support. */
        boolean truncated() {
            return ("normal".equals(type) || "lognormal".equals(type)) && (min != null || max != null);
        }
    }

    /** Full grid, Latin hypercube or random sampling; {@code samples} for the last two. */
    public record Design(String type, Integer samples) {
    }

    /**
     * The scenario a sweep runs: the hash of its resolved tree (base, extends chain and the
     * sweep's overrides, with each parameter's first value) and the files read, with their
     * SHA-256, to say which file changed.
     */
    public record Inputs(String scenarioHash, List<InputFile> files) {

        public static final Inputs NONE = new Inputs("", List.of());

        public Inputs {
            files = List.copyOf(files);
        }
    }

    /** A file a sweep read and the SHA-256 of its bytes. */
    public record InputFile(String file, String sha256) {
    }
}
