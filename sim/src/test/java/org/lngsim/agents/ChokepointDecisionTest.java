package org.lngsim.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lngsim.events.CargoArrived;
import org.lngsim.events.ChokepointDecided;
import org.lngsim.events.ChokepointPassed;
import org.lngsim.events.VesselHeld;
import org.lngsim.events.VesselRerouted;

/**
 * Ships that decide ({@code shipping.closureResponse: decide}), bound from Ras Laffan for Futtsu
 * through Malacca (the mini world's second contract moved to Ras Laffan and raised to 10 Mt a
 * year), wait or sail round by the delay they expect against the detour: the believed end of a
 * closure (days 10 to 40, hours 240 to 960), or the queue of a restriction.
 */
class ChokepointDecisionTest {

    private static final double CLOSES_HOUR = 240;
    private static final double REVISED_HOUR = 360;
    private static final double REOPENS_HOUR = 960;

    private static MiniWorld withMalaccaShut(String belief) {
        return MiniWorld.run("horizonDays=60", "contracts[1].seller=ras-laffan", "contracts[1].annualMt=10",
                "disruptions=[{type: chokepoint-closure, id: malacca-shut, chokepoint: malacca, startDay: 10, endDay: 40"
                        + belief + "}]",
                "shipping.closureResponse=decide");
    }

    @Test
    void believing_the_real_end_ships_short_of_a_month_long_closure_sail_round_it() {
        MiniWorld mini = withMalaccaShut("");

        List<ChokepointDecided> decisions = mini.all(ChokepointDecided.class, d -> d.chokepointId().equals("malacca")).toList();
        // Each ship reroutes exactly when the detour is shorter than what is left of the closure at its arrival.
        assertThat(decisions).isNotEmpty().allSatisfy(d ->
                assertThat(d.rerouted()).isEqualTo(d.extraSailingHours() < d.expectedDelayHours()));
        // At the closure every ship with Malacca ahead believes it shut until hour 960, far longer than the detour.
        assertThat(decisions).filteredOn(d -> d.timeHours() == CLOSES_HOUR).isNotEmpty().allSatisfy(d -> {
            assertThat(d.rerouted()).isTrue();
            assertThat(d.situation()).isEqualTo("closed, believed to reopen on day 40.0; closed ahead");
        });
        // Close to the reopening, the rest of the closure is shorter than the detour: ships wait.
        assertThat(decisions).filteredOn(d -> !d.rerouted())
                .allSatisfy(d -> assertThat(d.expectedDelayHours()).isLessThanOrEqualTo(d.extraSailingHours()));
        assertThat(mini.all(VesselRerouted.class).toList()).isNotEmpty();
        assertThat(mini.all(ChokepointPassed.class, p -> p.chokepointId().equals("malacca")))
                .noneMatch(p -> p.timeHours() >= CLOSES_HOUR && p.timeHours() < REOPENS_HOUR);
    }

    @Test
    void believing_it_will_reopen_within_hours_ships_wait_at_the_strait() {
        MiniWorld mini = withMalaccaShut(", believedEndDay: 10.25");

        List<ChokepointDecided> decisions = mini.all(ChokepointDecided.class, d -> d.chokepointId().equals("malacca")).toList();
        assertThat(decisions).isNotEmpty().allSatisfy(d -> {
            assertThat(d.rerouted()).isFalse();
            assertThat(d.expectedDelayHours()).isLessThanOrEqualTo(6.0);
        });
        assertThat(mini.all(VesselRerouted.class).toList()).isEmpty();
        assertThat(mini.all(VesselHeld.class, h -> "malacca".equals(h.chokepointId())).toList()).isNotEmpty();
        assertThat(mini.all(ChokepointPassed.class, p -> p.chokepointId().equals("malacca")))
                .noneMatch(p -> p.timeHours() >= CLOSES_HOUR && p.timeHours() < REOPENS_HOUR);
    }

    @Test
    void held_on_a_short_belief_ships_divert_when_the_belief_is_revised_and_arrive_before_the_reopening() {
        MiniWorld mini = withMalaccaShut(", believedEndDay: 10.25, beliefRevisions: [{fromDay: 15, believedEndDay: 40}]");

        List<ChokepointDecided> decisions = mini.all(ChokepointDecided.class, d -> d.chokepointId().equals("malacca")).toList();
        assertThat(decisions).filteredOn(d -> d.timeHours() < REVISED_HOUR).isNotEmpty()
                .allSatisfy(d -> assertThat(d.rerouted()).isFalse());
        List<ChokepointDecided> revised = decisions.stream().filter(d -> d.timeHours() == REVISED_HOUR).toList();
        assertThat(revised).isNotEmpty().allSatisfy(d -> {
            assertThat(d.rerouted()).isTrue();
            assertThat(d.situation()).contains("belief revised");
            assertThat(d.expectedDelayHours()).isPositive().isLessThanOrEqualTo(REOPENS_HOUR - REVISED_HOUR);
        });
        // The ships held before the revision are among those that divert then.
        Set<String> heldBefore = mini.all(VesselHeld.class, h -> "malacca".equals(h.chokepointId())
                && h.timeHours() < REVISED_HOUR).map(VesselHeld::vesselId).collect(Collectors.toSet());
        Set<String> diverted = mini.all(VesselRerouted.class, r -> r.timeHours() == REVISED_HOUR)
                .map(VesselRerouted::vesselId).collect(Collectors.toSet());
        assertThat(heldBefore).isNotEmpty();
        assertThat(diverted).containsAll(heldBefore);
        Set<String> divertedCargoes = mini.all(VesselRerouted.class, r -> r.timeHours() == REVISED_HOUR && r.cargoId() != null)
                .map(VesselRerouted::cargoId).collect(Collectors.toSet());
        assertThat(mini.all(CargoArrived.class, a -> divertedCargoes.contains(a.cargoId())))
                .hasSize(divertedCargoes.size()).allSatisfy(a -> assertThat(a.timeHours()).isLessThan(REOPENS_HOUR));
    }

    @Test
    void at_a_restriction_ships_go_round_when_the_queue_costs_more_than_the_detour() {
        MiniWorld slow = MiniWorld.run("horizonDays=60", "contracts[1].seller=ras-laffan", "contracts[1].annualMt=10",
                "disruptions=[{type: chokepoint-restriction, id: malacca-slow, chokepoint: malacca, startDay: 10, endDay: 40,"
                        + " transitsPerDay: 1, extraDelayHours: 400}]",
                "shipping.closureResponse=decide");

        List<ChokepointDecided> decisions = slow.all(ChokepointDecided.class).toList();
        assertThat(decisions).isNotEmpty().allSatisfy(d -> {
            assertThat(d.chokepointId()).isEqualTo("malacca");
            assertThat(d.rerouted()).isTrue();
            assertThat(d.expectedDelayHours()).isGreaterThanOrEqualTo(400);
            assertThat(d.situation()).startsWith("restricted to 1 transits a day");
        });
        assertThat(slow.all(ChokepointPassed.class, p -> p.chokepointId().equals("malacca")))
                .noneMatch(p -> p.timeHours() >= 240 + 24 && p.timeHours() < REOPENS_HOUR);
    }

    @Test
    void at_a_restriction_with_a_short_queue_ships_keep_their_route() {
        MiniWorld quick = MiniWorld.run("horizonDays=60", "contracts[1].seller=ras-laffan", "contracts[1].annualMt=10",
                "disruptions=[{type: chokepoint-restriction, id: malacca-slow, chokepoint: malacca, startDay: 10, endDay: 40,"
                        + " transitsPerDay: 20, extraDelayHours: 1}]",
                "shipping.closureResponse=decide");

        assertThat(quick.all(ChokepointDecided.class).toList()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.rerouted()).isFalse());
        assertThat(quick.all(VesselRerouted.class, r -> r.reason().startsWith("decided round")).toList()).isEmpty();
    }

    @Test
    void ships_that_always_wait_make_no_decisions() {
        MiniWorld mini = MiniWorld.run("horizonDays=60", "contracts[1].seller=ras-laffan", "contracts[1].annualMt=10",
                "disruptions=[{type: chokepoint-closure, id: malacca-shut, chokepoint: malacca, startDay: 10, endDay: 40}]",
                "shipping.closureResponse=wait");

        assertThat(mini.all(ChokepointDecided.class).toList()).isEmpty();
    }
}
