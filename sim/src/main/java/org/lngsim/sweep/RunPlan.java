package org.lngsim.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * Every run of a sweep: design point × replication, numbered point-major, each with a seed
 * derived from the sweep seed and its number alone — so a run's result never depends on the
 * thread count, the finishing order or the shard it falls in.
 */
final class RunPlan {

    /** One run: its number, design point, replication and seed. */
    record Run(int index, int point, int replication, long seed) {
    }

    private final List<Sampling.Point> points;
    private final int replications;
    private final long sweepSeed;

    RunPlan(SweepSpec spec) {
        this.points = Sampling.points(spec);
        this.replications = spec.replications();
        this.sweepSeed = spec.seed();
    }

    List<Sampling.Point> points() {
        return points;
    }

    int size() {
        return points.size() * replications;
    }

    Run run(int index) {
        return new Run(index, index / replications, index % replications, seed(sweepSeed, index));
    }

    /** The runs of shard {@code shard} of {@code shards}: every shards-th run, so shards stay balanced. */
    List<Run> shard(int shard, int shards) {
        List<Run> runs = new ArrayList<>();
        for (int index = shard; index < size(); index += shards) {
            runs.add(run(index));
        }
        return runs;
    }

    /** SplitMix64 of the sweep seed and the run number; non-negative, as scenario seeds are. */
    static long seed(long sweepSeed, int index) {
        long z = sweepSeed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }
}
