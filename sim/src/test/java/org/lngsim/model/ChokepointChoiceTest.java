package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChokepointChoiceTest {

    @Test
    void a_ship_goes_the_long_way_when_the_detour_is_shorter_than_the_expected_delay() {
        // Panama 2024: 288 h late per transit plus a day's queue = 312 h against a Cape detour of 300 h.
        ChokepointChoice.Decision decision = ChokepointChoice.decide(312, 300);

        assertThat(decision.choice()).isEqualTo(ChokepointChoice.Choice.REROUTE);
        assertThat(decision.rerouted()).isTrue();
        assertThat(decision.expectedDelayHours()).isEqualTo(312);
        assertThat(decision.extraSailingHours()).isEqualTo(300);
    }

    @Test
    void a_ship_waits_when_the_detour_is_longer_or_equal_or_missing() {
        assertThat(ChokepointChoice.decide(288, 336).choice()).isEqualTo(ChokepointChoice.Choice.WAIT);
        // A tie keeps the planned route.
        assertThat(ChokepointChoice.decide(300, 300).choice()).isEqualTo(ChokepointChoice.Choice.WAIT);
        // Ras Laffan is inside the Gulf: no way round Hormuz, so the ship waits however long.
        assertThat(ChokepointChoice.decide(10_000, Double.POSITIVE_INFINITY).choice())
                .isEqualTo(ChokepointChoice.Choice.WAIT);
        // No delay expected: nothing to gain by a detour, even a zero-length one.
        assertThat(ChokepointChoice.decide(0, 0).choice()).isEqualTo(ChokepointChoice.Choice.WAIT);
    }

    @Test
    void the_queue_delay_counts_the_line_beyond_todays_slots_at_the_daily_rate_plus_the_extra_delay() {
        // 3 ships ahead + this one = 4 in line; 1.5 slots left today let 1 through today; the other 3 at
        // 1 a day = 3 days = 72 h; + 288 h per transit = 360 h.
        assertThat(ChokepointChoice.expectedQueueDelayHours(3, 1.5, 1, 288)).isCloseTo(360, within(1e-9));
        // Empty queue and a slot free: only the extra delay.
        assertThat(ChokepointChoice.expectedQueueDelayHours(0, 1, 1, 288)).isCloseTo(288, within(1e-9));
        // Empty queue, today's slots used: next day's slot, 1/2 a day at 2 a day = 12 h; + 0.
        assertThat(ChokepointChoice.expectedQueueDelayHours(0, 0.4, 2, 0)).isCloseTo(12, within(1e-9));
        // More slots left than ships in line: no queue delay.
        assertThat(ChokepointChoice.expectedQueueDelayHours(2, 5, 1, 12)).isCloseTo(12, within(1e-9));
    }

    @Test
    void an_unlimited_chokepoint_costs_only_its_extra_delay() {
        assertThat(ChokepointChoice.expectedQueueDelayHours(7, 0, Double.POSITIVE_INFINITY, 6)).isEqualTo(6);
    }

    @Test
    void bad_queue_inputs_are_rejected() {
        assertThatThrownBy(() -> ChokepointChoice.expectedQueueDelayHours(0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChokepointChoice.expectedQueueDelayHours(-1, 0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChokepointChoice.decide(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChokepointChoice.decide(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_belief_is_the_latest_revision_made_by_then() {
        // Closed from day 10 (240 h), first believed to reopen on day 24 (576 h); on day 20 (480 h) the
        // belief moves to day 60 (1440 h); on day 40 (960 h) to day 90 (2160 h).
        List<ChokepointChoice.Belief> revisions = List.of(new ChokepointChoice.Belief(480, 1440),
                new ChokepointChoice.Belief(960, 2160));

        assertThat(ChokepointChoice.believedEndHour(240, 576, revisions)).isEqualTo(576);
        assertThat(ChokepointChoice.believedEndHour(479.9, 576, revisions)).isEqualTo(576);
        assertThat(ChokepointChoice.believedEndHour(480, 576, revisions)).isEqualTo(1440);
        assertThat(ChokepointChoice.believedEndHour(1000, 576, revisions)).isEqualTo(2160);
        assertThat(ChokepointChoice.believedEndHour(300, 576, List.of())).isEqualTo(576);
    }

    @Test
    void the_believed_remaining_closure_runs_from_arrival_to_the_believed_end_and_not_below_zero() {
        // Arrive at hour 400, believed end 576: 176 h left.
        assertThat(ChokepointChoice.believedRemainingHours(400, 576)).isEqualTo(176);
        // Believed end already passed: the operator expects the opening any moment.
        assertThat(ChokepointChoice.believedRemainingHours(600, 576)).isZero();
    }

    @Test
    void a_short_believed_closure_holds_a_ship_that_a_revised_belief_diverts() {
        // Red Sea 2024 in miniature, a ship at the strait at hour 300 with a 216 h detour: believed to
        // reopen at hour 480, 180 h are left (< 216): it waits; revised to 1440, 1140 h are left: it goes.
        double detourHours = 216;
        assertThat(ChokepointChoice.decide(ChokepointChoice.believedRemainingHours(300, 480), detourHours).choice())
                .isEqualTo(ChokepointChoice.Choice.WAIT);
        assertThat(ChokepointChoice.decide(ChokepointChoice.believedRemainingHours(300, 1440), detourHours).choice())
                .isEqualTo(ChokepointChoice.Choice.REROUTE);
    }
}
