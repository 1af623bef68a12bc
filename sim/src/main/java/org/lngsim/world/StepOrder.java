package org.lngsim.world;

import org.lngsim.agents.Phase;

/**
 * The MASON ordering of a scheduled step: its phase in the high bits, its scheduling sequence
 * number in the low {@value #SEQUENCE_BITS} bits, so steps of one instant run phase by phase and,
 * within a phase, in the order they were scheduled; no two steps share a key.
 */
final class StepOrder {

    /** Bits for the sequence: 2^28 ≈ 268 million steps a run, far above a ten-year run's few million. */
    static final int SEQUENCE_BITS = 28;
    static final long MAX_STEPS = 1L << SEQUENCE_BITS;

    private StepOrder() {
    }

    static int ordering(Phase phase, long sequence) {
        if (sequence < 0 || sequence >= MAX_STEPS) {
            throw new IllegalStateException("a run may schedule at most " + MAX_STEPS + " steps; this one asked for step "
                    + sequence);
        }
        if (phase.ordering() >= 1 << (Integer.SIZE - 1 - SEQUENCE_BITS)) {
            throw new IllegalStateException("too many phases for the ordering's bits: " + phase);
        }
        return (phase.ordering() << SEQUENCE_BITS) | (int) sequence;
    }
}
