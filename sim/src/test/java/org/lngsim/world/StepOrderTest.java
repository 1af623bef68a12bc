package org.lngsim.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lngsim.agents.Phase;

/** Steps of one instant sort by phase, then by the order they were scheduled; no key is shared. */
class StepOrderTest {

    @Test
    void anEarlierPhaseRunsFirstWhateverItsSequence() {
        // SUPPLY (2) scheduled as the 1,000th step still runs before SHIPPING (3) scheduled first
        assertThat(StepOrder.ordering(Phase.SUPPLY, 1_000)).isLessThan(StepOrder.ordering(Phase.SHIPPING, 0));
        assertThat(StepOrder.ordering(Phase.SHIPPING, 0)).isEqualTo(3 << 28);
    }

    @Test
    void withinAPhaseTheEarlierScheduledRunsFirst() {
        assertThat(StepOrder.ordering(Phase.TERMINAL, 41)).isLessThan(StepOrder.ordering(Phase.TERMINAL, 42));
    }

    @Test
    void theLastPhaseAndTheLastSequenceFitAnInt() {
        assertThat(StepOrder.ordering(Phase.PROTOCOL, StepOrder.MAX_STEPS - 1)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aRunOfTooManyStepsIsRefusedRatherThanWrappedRound() {
        assertThatThrownBy(() -> StepOrder.ordering(Phase.RECORD, StepOrder.MAX_STEPS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at most 268435456 steps");
    }
}
