package org.lngsim.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lngsim.events.CargoArrived;
import org.lngsim.events.ChokepointPassed;
import org.lngsim.events.VesselHeld;
import org.lngsim.events.VesselRerouted;

/**
 * Ships already past Hormuz when Malacca shuts (days 10 to 40, hours 240 to 960), bound from Ras
 * Laffan for Futtsu (the mini world's second contract moved to Ras Laffan and raised to 10 Mt a
 * year so that several are on the way), wait at the strait or sail round it, as
 * {@code shipping.closureResponse} says.
 */
class ChokepointClosureResponseTest {

    private static final double CLOSES_HOUR = 240;
    private static final double REOPENS_HOUR = 960;

    private static MiniWorld withMalaccaShut(String response) {
        return MiniWorld.run("horizonDays=60", "contracts[1].seller=ras-laffan", "contracts[1].annualMt=10",
                "disruptions=[{type: chokepoint-closure, id: malacca-shut, chokepoint: malacca, startDay: 10, endDay: 40}]",
                "shipping.closureResponse=" + response);
    }

    @Test
    void when_ships_wait_they_are_held_at_the_strait_and_pass_only_once_it_reopens() {
        MiniWorld mini = withMalaccaShut("wait");

        List<VesselHeld> held = mini.all(VesselHeld.class, h -> "malacca".equals(h.chokepointId())).toList();
        assertThat(held).isNotEmpty().allSatisfy(h -> {
            assertThat(h.reason()).isEqualTo("chokepoint closed");
            assertThat(h.timeHours()).isBetween(CLOSES_HOUR, REOPENS_HOUR);
        });
        assertThat(mini.all(VesselRerouted.class).toList()).isEmpty();
        assertThat(mini.all(ChokepointPassed.class, p -> p.chokepointId().equals("malacca")))
                .noneMatch(p -> p.timeHours() >= CLOSES_HOUR && p.timeHours() < REOPENS_HOUR);
        Set<String> heldCargoes = held.stream().map(VesselHeld::cargoId).filter(c -> c != null).collect(Collectors.toSet());
        assertThat(heldCargoes).isNotEmpty();
        assertThat(mini.all(CargoArrived.class, a -> heldCargoes.contains(a.cargoId())))
                .hasSize(heldCargoes.size()).allSatisfy(a -> assertThat(a.timeHours()).isGreaterThan(REOPENS_HOUR));
    }

    @Test
    void when_ships_reroute_they_sail_round_the_strait_and_arrive_before_it_reopens() {
        MiniWorld mini = withMalaccaShut("reroute");

        List<VesselRerouted> rerouted = mini.all(VesselRerouted.class).toList();
        assertThat(rerouted).isNotEmpty().allSatisfy(r -> {
            assertThat(r.reason()).startsWith("malacca closed ahead");
            assertThat(r.timeHours()).isEqualTo(CLOSES_HOUR);
            assertThat(r.addedNm()).isPositive();
        });
        assertThat(mini.all(VesselHeld.class, h -> "malacca".equals(h.chokepointId())).toList()).isEmpty();
        assertThat(mini.all(ChokepointPassed.class, p -> p.chokepointId().equals("malacca")))
                .noneMatch(p -> p.timeHours() >= CLOSES_HOUR && p.timeHours() < REOPENS_HOUR);
        Set<String> laden = rerouted.stream().map(VesselRerouted::cargoId).filter(c -> c != null).collect(Collectors.toSet());
        assertThat(laden).isNotEmpty();
        assertThat(mini.all(CargoArrived.class, a -> laden.contains(a.cargoId())))
                .hasSize(laden.size()).allSatisfy(a -> assertThat(a.timeHours()).isLessThan(REOPENS_HOUR));
    }
}
