package org.lngsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TriggerTest {

    @Test
    void a_party_below_its_trigger_asks_and_one_at_or_above_it_does_not() {
        assertThat(Trigger.fires(4.99, 5)).isTrue();
        assertThat(Trigger.fires(-3.1, 5)).isTrue();
        assertThat(Trigger.fires(5, 5)).isFalse();
        assertThat(Trigger.fires(12, 5)).isFalse();
    }

    @Test
    void a_party_with_no_expected_use_never_asks() {
        // no use in the window: the projection's cover is infinite
        assertThat(Trigger.fires(Double.POSITIVE_INFINITY, 5)).isFalse();
    }
}
