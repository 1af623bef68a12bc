package org.lngsim.stats;

/**
 * The seeds of replications, from one seed alone: the one definition that sweeps (run i of a sweep),
 * {@code lngsim run}'s ensembles and the back-casts' ensembles share, so that replication i of a
 * scenario is the same draw wherever it is made.
 */
public final class ReplicationSeeds {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private ReplicationSeeds() {
    }

    /** SplitMix64 of the seed and the run number; non-negative, as scenario seeds are. */
    public static long mixed(long seed, int index) {
        long z = seed + GOLDEN_GAMMA * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    /**
     * Replication {@code replication}'s seed of an ensemble of a scenario with seed {@code scenarioSeed}:
     * replication 0 is the scenario's own seed (so one replication is the single draw, and a larger
     * ensemble contains every smaller one), replication i the seed a sweep gives its run i.
     */
    public static long ofReplication(long scenarioSeed, int replication) {
        if (replication < 0) {
            throw new IllegalArgumentException("replication must not be negative, not " + replication);
        }
        return replication == 0 ? scenarioSeed : mixed(scenarioSeed, replication);
    }
}
