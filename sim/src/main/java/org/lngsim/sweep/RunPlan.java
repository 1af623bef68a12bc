package org.lngsim.sweep;

import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.lngsim.stats.ReplicationSeeds;

/**
 * Every run of a sweep: design point × replication, numbered point-major, each with a seed
 * derived from the sweep seed and its number alone — so a run's result never depends on the
 * thread count, the finishing order or the shard it falls in.
 */
final class RunPlan {

    /**
     * The most runs one sweep may have. The loader refuses more (computed in exact arithmetic,
     * so no product wraps round), which keeps every run number an int and a sweep's bookkeeping
     * (a bit per run, 16 bytes per run when sorting) within an ordinary heap.
     */
    static final long MAX_RUNS = 10_000_000L;

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
        return Math.toIntExact((long) points.size() * replications);
    }

    Run run(int index) {
        return new Run(index, index / replications, index % replications, seed(sweepSeed, index));
    }

    /** The run numbers of shard {@code shard} of {@code shards}: every shards-th run, so shards stay balanced. */
    IntStream shard(int shard, int shards) {
        return IntStream.iterate(shard, index -> index < size(), index -> index + shards);
    }

    /** How many runs shard {@code shard} of {@code shards} has. */
    int shardSize(int shard, int shards) {
        return shard >= size() ? 0 : (size() - 1 - shard) / shards + 1;
    }

    /** The runs of the shard not in {@code done}. */
    IntStream todo(int shard, int shards, BitSet done) {
        return shard(shard, shards).filter(index -> !done.get(index));
    }

    /** Run {@code index}'s seed: {@link ReplicationSeeds#mixed} of the sweep seed. */
    static long seed(long sweepSeed, int index) {
        return ReplicationSeeds.mixed(sweepSeed, index);
    }
}
