package org.lngsim.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lngsim.events.CargoArrived;
import org.lngsim.events.CargoCancelled;
import org.lngsim.events.CargoLoaded;
import org.lngsim.events.CargoUnloaded;
import org.lngsim.events.ChokepointPassed;
import org.lngsim.events.GridHour;
import org.lngsim.events.PoolDay;
import org.lngsim.events.VesselHeld;
import org.lngsim.events.VesselRerouted;
import org.lngsim.events.VoyageDeparted;

/** Each disruption type shows its effect against the baseline. */
class DisruptionEffectsTest {

    private static RecordedRun baseline;

    @BeforeAll
    static void simulateBaseline() {
        baseline = RecordedRun.baseline();
    }

    @Test
    void a_malacca_closure_delays_gulf_cargoes_to_japan_by_about_the_detour() {
        RecordedRun closed = RecordedRun.baselineWith(
                "disruptions=[{type: chokepoint-closure, chokepoint: malacca, startDay: 0, endDay: 366}]");

        double normal = meanGulfToJapanVoyageDays(baseline);
        double detour = meanGulfToJapanVoyageDays(closed);

        // the Sunda detour adds ~570 nm, ~1.2 days at 19.5 kn
        assertThat(detour - normal).isCloseTo(1.2, within(0.5));
        assertThat(closed.all(ChokepointPassed.class, p -> p.chokepointId().equals("malacca")).count()).isZero();
        assertThat(closed.all(ChokepointPassed.class, p -> p.chokepointId().equals("sunda")).count()).isPositive();
    }

    @Test
    void a_hormuz_closure_holds_ships_stops_gulf_loadings_and_cuts_india_gas() {
        RecordedRun closed = RecordedRun.baselineWith(
                "disruptions=[{type: chokepoint-closure, chokepoint: hormuz, startDay: 30, endDay: 90}]");

        assertThat(closed.all(VesselHeld.class, h -> "hormuz".equals(h.chokepointId())).count()).isPositive();
        assertThat(closed.all(CargoCancelled.class, c -> c.plantId().equals("ras-laffan")).count()).isGreaterThan(10);
        assertThat(unservedPoolMmscmdDays(closed)).isGreaterThan(unservedPoolMmscmdDays(baseline) + 1_000);
        assertThat(closed.all(ChokepointPassed.class,
                p -> p.chokepointId().equals("hormuz") && p.timeHours() >= 30 * 24 && p.timeHours() < 90 * 24).count()).isZero();
    }

    @Test
    void ships_set_to_reroute_go_round_a_closure_that_begins_while_they_are_at_sea() {
        RecordedRun closed = RecordedRun.baselineWith("shipping.closureResponse=reroute",
                "disruptions=[{type: chokepoint-closure, chokepoint: malacca, startDay: 20, endDay: 50}]");

        long rerouted = closed.all(VesselRerouted.class, r -> r.timeHours() == 20 * 24).count();
        long held = closed.all(VesselHeld.class, h -> "malacca".equals(h.chokepointId())).count();
        long heldWhenWaiting = RecordedRun.baselineWith("shipping.closureResponse=wait",
                "disruptions=[{type: chokepoint-closure, chokepoint: malacca, startDay: 20, endDay: 50}]")
                .all(VesselHeld.class, h -> "malacca".equals(h.chokepointId())).count();

        assertThat(rerouted).isGreaterThanOrEqualTo(3);
        assertThat(heldWhenWaiting).isPositive();
        // even a ship whose lane segment already touches the closed box turns back and goes round
        assertThat(held).isZero();
    }

    @Test
    void a_restriction_caps_daily_transits_and_queues_ships() {
        RecordedRun restricted = RecordedRun.baselineWith("disruptions=[{type: chokepoint-restriction, "
                + "chokepoint: panama, startDay: 0, endDay: 366, transitsPerDay: 0.5, extraDelayHours: 24}]");

        Map<Long, Long> perDay = new HashMap<>();
        restricted.all(ChokepointPassed.class, p -> p.chokepointId().equals("panama"))
                .forEach(p -> perDay.merge((long) Math.floor(p.timeHours() / 24), 1L, Long::sum));
        assertThat(perDay.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(1));
        assertThat(restricted.all(VesselHeld.class, h -> "panama".equals(h.chokepointId())).count()).isPositive();
    }

    @Test
    void a_plant_outage_cancels_its_share_of_cargoes_as_force_majeure() {
        RecordedRun outage = RecordedRun.baselineWith("disruptions=[{type: plant-outage, plant: ras-laffan, "
                + "remainingCapacityPct: 50, startDay: 0, endDay: 366}]");

        long forceMajeure = outage.all(CargoCancelled.class, c -> c.reason().startsWith("force majeure")).count();
        long loadedBefore = baseline.all(VoyageDeparted.class,
                d -> d.laden() && "ras-laffan".equals(d.fromId())).count();

        assertThat((double) forceMajeure / loadedBefore).isCloseTo(0.5, within(0.05));
    }

    @Test
    void a_dahej_outage_shifts_cargoes_to_other_west_coast_terminals() {
        RecordedRun outage = RecordedRun.baselineWith(
                "disruptions=[{type: terminal-outage, terminal: dahej, startDay: 60, endDay: 120}]");

        assertThat(unloadsAt(outage, "dahej", 61, 120)).isZero();
        long othersBefore = unloadsAtAnyOf(baseline, 61, 120, "hazira", "kochi", "mundra", "dhamra");
        long othersDuring = unloadsAtAnyOf(outage, 61, 120, "hazira", "kochi", "mundra", "dhamra");
        assertThat(othersDuring).isGreaterThan(othersBefore + 10);
        assertThat(outage.all(VesselRerouted.class, r -> r.reason().startsWith("terminal outage at dahej")).count()).isPositive();
    }

    @Test
    void a_demand_shock_raises_tokyo_gas_burn_in_its_window_only() {
        // The operator's fuel rule off on both sides: in mid-January the baseline's cover is near the
        // fuel-limited trigger, and a plan that holds gas back would hide the shock's burn.
        String noFuelRule = "grids[0].fuelLimitedOperation.enabled=false";
        RecordedRun unshocked = RecordedRun.sharedBaselineWith(noFuelRule);
        RecordedRun shocked = RecordedRun.baselineWith(noFuelRule,
                "disruptions=[{type: demand-shock, target: tokyo, factor: 1.15, startDay: 10, endDay: 20}]");

        assertThat(tokyoFuelT(shocked, 10, 20)).isGreaterThan(tokyoFuelT(unshocked, 10, 20) * 1.15);
        assertThat(tokyoFuelT(shocked, 30, 40)).isCloseTo(tokyoFuelT(unshocked, 30, 40), within(1.0));
    }

    @Test
    void vessel_delays_hold_ships_before_sailing_for_the_drawn_days() {
        RecordedRun delayed = RecordedRun.baselineWith("disruptions=[{type: vessel-delay, startDay: 0, endDay: 366, "
                + "probabilityPct: 100, extraDays: {distribution: uniform, minDays: 2, maxDays: 4}}]");

        assertThat(delayed.all(VesselHeld.class, h -> h.reason().startsWith("delayed")).count()).isGreaterThan(1000);
        assertThat(meanGulfToJapanVoyageDays(delayed)).isGreaterThan(meanGulfToJapanVoyageDays(baseline) + 1.5);
    }

    private static double meanGulfToJapanVoyageDays(RecordedRun run) {
        Map<String, Double> loadedAt = new HashMap<>();
        run.all(CargoLoaded.class, l -> (l.plantId().equals("ras-laffan") || l.plantId().equals("das-island"))
                && (l.terminalId().equals("sodegaura") || l.terminalId().equals("japan-other")))
                .forEach(l -> loadedAt.put(l.cargoId(), l.timeHours()));
        OptionalDouble mean = run.all(CargoArrived.class, a -> loadedAt.containsKey(a.cargoId()))
                .mapToDouble(a -> (a.timeHours() - loadedAt.get(a.cargoId())) / 24).average();
        return mean.orElseThrow();
    }

    private static double unservedPoolMmscmdDays(RecordedRun run) {
        return run.all(PoolDay.class).mapToDouble(PoolDay::unservedMmscmd).sum();
    }

    private static long unloadsAt(RecordedRun run, String terminal, int fromDay, int toDay) {
        return run.all(CargoUnloaded.class, u -> u.terminalId().equals(terminal) && u.timeHours() >= fromDay * 24
                && u.timeHours() < toDay * 24).count();
    }

    private static long unloadsAtAnyOf(RecordedRun run, int fromDay, int toDay, String... terminals) {
        long count = 0;
        for (String terminal : terminals) {
            count += unloadsAt(run, terminal, fromDay, toDay);
        }
        return count;
    }

    private static double tokyoFuelT(RecordedRun run, int fromDay, int toDay) {
        return run.all(GridHour.class, h -> h.gridId().equals("tokyo") && h.timeHours() >= fromDay * 24
                && h.timeHours() < toDay * 24).mapToDouble(GridHour::fuelT).sum();
    }
}
