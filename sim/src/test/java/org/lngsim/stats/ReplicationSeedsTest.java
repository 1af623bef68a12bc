package org.lngsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Replication seeds: replication 0 is the scenario's own seed, the others SplitMix64 of it. */
class ReplicationSeedsTest {

    @Test
    void replicationZeroIsTheScenariosOwnSeed() {
        assertThat(ReplicationSeeds.ofReplication(7, 0)).isEqualTo(7);
    }

    @Test
    void laterReplicationsAreSplitMix64OfTheSeedAndTheirNumber() {
        // SplitMix64's published first output for state 0 is 0xE220A8397B1DCDAF; index 0 adds one gamma to seed 0
        assertThat(ReplicationSeeds.mixed(0, 0)).isEqualTo(0xE220A8397B1DCDAFL & Long.MAX_VALUE);
        assertThat(ReplicationSeeds.ofReplication(0, 1)).isEqualTo(ReplicationSeeds.mixed(0, 1))
                .isNotEqualTo(ReplicationSeeds.mixed(0, 0)).isNotNegative();
    }

    @Test
    void aNegativeReplicationIsRefused() {
        assertThatThrownBy(() -> ReplicationSeeds.ofReplication(7, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
