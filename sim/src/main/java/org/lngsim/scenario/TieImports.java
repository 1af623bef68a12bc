package org.lngsim.scenario;

/**
 * Imports over a grid's inter-area ties above their ordinary profile: the headroom in an hour is
 * {@code tieLimitMW} less what the {@code generator} (the grid's ordinary transfers) gives then.
 */
public record TieImports(String generator, double tieLimitMW, String source) {
}
