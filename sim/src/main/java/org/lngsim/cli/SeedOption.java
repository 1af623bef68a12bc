package org.lngsim.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The run seed, for the commands that simulate a scenario ({@code run}, {@code gui}). */
public final class SeedOption {

    @Option(names = "--seed", paramLabel = "N", description = "Run seed (overrides the scenario's).")
    private Long seed;

    /** {@code overrides} followed by {@code seed=N} when a seed was given: the scenario is loaded with these. */
    public List<String> appliedTo(List<String> overrides) {
        List<String> sets = new ArrayList<>(overrides);
        if (seed != null) {
            sets.add("seed=" + seed);
        }
        return sets;
    }
}
