package org.lngsim.scenario.yaml;

/**
 * Safety limits for reading YAML, so that hostile input (an alias bomb, deep nesting, a huge
 * file, an enormous line) fails within a second and in bounded memory instead of exhausting the
 * machine.
 *
 * @param maxBytes        largest file accepted
 * @param maxLineLength   longest line accepted, in characters
 * @param maxNestingDepth deepest nesting of mappings and lists
 * @param maxAliases      most aliases to collections in one document
 * @param maxNodes        most nodes after expanding aliases
 */
public record YamlLimits(long maxBytes, int maxLineLength, int maxNestingDepth, int maxAliases, int maxNodes) {

    /** Generous for scenario files (the full world is ~150 kB and a few thousand nodes), tight for attacks. */
    public static final YamlLimits SCENARIO = new YamlLimits(2L * 1024 * 1024, 10_000, 40, 100, 50_000);
}
