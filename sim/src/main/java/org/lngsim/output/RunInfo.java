package org.lngsim.output;

import java.util.List;
import java.util.Objects;

/**
 * What identifies a run besides its scenario, for {@code run.json}.
 *
 * @param programVersion the lngsim version that ran
 * @param seed the run seed (after any {@code --seed} or {@code --set seed=})
 * @param inputHash the hash of the scenario files and overrides
 * @param sets the {@code --set} overrides, in command-line order
 */
public record RunInfo(String programVersion, long seed, String inputHash, List<String> sets) {

    public RunInfo {
        Objects.requireNonNull(programVersion, "programVersion");
        Objects.requireNonNull(inputHash, "inputHash");
        sets = sets == null ? List.of() : List.copyOf(sets);
    }
}
