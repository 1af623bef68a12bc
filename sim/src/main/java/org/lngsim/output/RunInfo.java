package org.lngsim.output;

import java.util.List;
import java.util.Objects;

/**
 * What identifies a run besides its scenario, for {@code run.json}.
 *
 * @param programVersion the lngsim version that ran
 * @param commit the git commit lngsim was built from, or {@code null} when not recorded
 * @param buildTime when lngsim was built (UTC, ISO 8601), or {@code null} when not recorded
 * @param seed the run seed (after any {@code --seed} or {@code --set seed=})
 * @param inputHash the hash of the scenario files and overrides
 * @param sets the {@code --set} overrides, in command-line order
 */
public record RunInfo(String programVersion, String commit, String buildTime, long seed, String inputHash,
        List<String> sets) {

    public RunInfo {
        Objects.requireNonNull(programVersion, "programVersion");
        Objects.requireNonNull(inputHash, "inputHash");
        sets = sets == null ? List.of() : List.copyOf(sets);
    }

    /** A run of {@code build}. */
    public RunInfo(BuildInfo build, long seed, String inputHash, List<String> sets) {
        this(build.version(), build.commit(), build.buildTime(), seed, inputHash, sets);
    }

    /** A run whose build is known only by its version (tests, benchmarks). */
    public RunInfo(String programVersion, long seed, String inputHash, List<String> sets) {
        this(programVersion, null, null, seed, inputHash, sets);
    }
}
