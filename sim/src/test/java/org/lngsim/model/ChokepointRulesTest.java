package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChokepointRulesTest {

    private static final ChokepointRules.Closure HORMUZ = new ChokepointRules.Closure(240, 1680, 960, 50, 240);

    @Test
    void shut_from_start_to_the_partial_reopening() {
        assertThat(state(239).closed()).isFalse();
        assertThat(state(240).closed()).isTrue();
        assertThat(state(959).closed()).isTrue();
    }

    @Test
    void partial_reopening_ramps_linearly_to_full_transits() {
        assertThat(state(960).transitsPerDay()).isCloseTo(3.0, within(1e-9));
        assertThat(state(1080).transitsPerDay()).isCloseTo(4.5, within(1e-9));
        assertThat(state(1200).transitsPerDay()).isCloseTo(6.0, within(1e-9));
        assertThat(state(1680).limited()).isFalse();
    }

    @Test
    void a_restriction_caps_transits_and_adds_delay() {
        ChokepointRules.State state = ChokepointRules.at(100, List.of(),
                List.of(new ChokepointRules.Restriction(0, 500, 5, 36)), Double.POSITIVE_INFINITY);

        assertThat(state.closed()).isFalse();
        assertThat(state.transitsPerDay()).isEqualTo(5);
        assertThat(state.extraDelayHours()).isEqualTo(36);
    }

    @Test
    void a_zero_transit_restriction_is_a_closure() {
        assertThat(ChokepointRules.at(100, List.of(), List.of(new ChokepointRules.Restriction(0, 500, 0, 0)), 6)
                .closed()).isTrue();
    }

    private static ChokepointRules.State state(double hour) {
        return ChokepointRules.at(hour, List.of(HORMUZ), List.of(), 6.0);
    }
}
