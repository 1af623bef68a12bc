package org.lngsim.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lngsim.events.AllocationOrderInForce;
import org.lngsim.events.AllocationOrderLifted;
import org.lngsim.events.CargoUnloaded;
import org.lngsim.events.ReplacementCounted;
import org.lngsim.events.SectorDay;
import org.lngsim.output.RunSummary;
import org.lngsim.scenario.Contract;
import org.lngsim.scenario.Scenario;

/** India's allocation order in a run: in force only while contracted supply is lost, and then as the order reads. */
class AllocationOrderRunTest {

    private static final String HORMUZ = "disruptions=[{type: chokepoint-closure, chokepoint: hormuz, startDay: 60, endDay: 120}]";

    @Test
    void the_order_never_comes_into_force_in_an_ordinary_year() {
        RecordedRun baseline = RecordedRun.baseline();

        assertThat(baseline.all(AllocationOrderInForce.class).count()).isZero();
        RunSummary.AllocationOrderSummary order = baseline.summary().gasPools().get("india").allocationOrder();
        assertThat(order.daysInForce()).isZero();
        assertThat(order.servedPctInForce()).isEmpty();
    }

    @Test
    void a_closed_hormuz_brings_the_order_in_after_the_decision_lag_and_its_reopening_lifts_it() {
        RecordedRun closed = RecordedRun.sharedBaselineWith(HORMUZ, "protocol.enabled=false");

        List<AllocationOrderInForce> inForce = closed.all(AllocationOrderInForce.class).toList();
        List<AllocationOrderLifted> lifted = closed.all(AllocationOrderLifted.class).toList();
        assertThat(inForce).hasSize(1);
        // the loss starts on day 60 (routes from the Gulf shut) and must last the 9-day lag: in force on day 69
        assertThat(inForce.get(0).timeHours()).isEqualTo(69 * 24.0);
        // Qatar (11.0 Mt) and the UAE (3.0 Mt) behind Hormuz in world-2024 ≈ 14 Mtpa ≈ 52 of 190 mmscmd
        assertThat(inForce.get(0).lostSupplyPct()).isBetween(20.0, 35.0);
        assertThat(lifted).hasSize(1);
        assertThat(lifted.get(0).timeHours()).isEqualTo(120 * 24.0);
        assertThat(lifted.get(0).lostSupplyMmscmd()).isZero();
    }

    @Test
    void while_in_force_entitled_sectors_get_their_share_of_recent_use_and_petrochemicals_are_cut_first() {
        RecordedRun closed = RecordedRun.sharedBaselineWith(HORMUZ, "protocol.enabled=false");
        RunSummary.AllocationOrderSummary order = closed.summary().gasPools().get("india").allocationOrder();

        assertThat(order.timesInForce()).isEqualTo(1);
        assertThat(order.daysInForce()).isEqualTo(51);   // days 69 to 119
        Map<String, Double> served = order.servedPctInForce();
        // recent use = demand before the closure (no demand shocks), so the entitlement is the share of demand
        assertThat(served.get("city-gas-priority")).isCloseTo(100, within(0.01));
        assertThat(served.get("fertiliser")).isCloseTo(70, within(0.01));
        assertThat(served.get("city-gas-industrial")).isCloseTo(80, within(0.01));
        assertThat(served.get("other-industry")).isCloseTo(80, within(0.01));
        assertThat(served.get("refineries")).isCloseTo(65, within(0.01));
        assertThat(served.get("petrochemicals")).isLessThan(served.get("power"));
        // on the day it came in, refineries got 65% of 24 = 15.6 mmscmd and no more
        assertThat(closed.all(SectorDay.class, d -> d.timeHours() == 69 * 24.0 && d.sectorId().equals("refineries"))
                .findFirst().orElseThrow().servedMmscmd()).isCloseTo(15.6, within(1e-9));
    }

    @Test
    void priority_floors_keep_the_rule_the_pool_had_before_the_order() {
        RecordedRun floors = RecordedRun.baselineWith(HORMUZ, "protocol.enabled=false",
                "levers={sectorAllocation: {pool: india, mode: priority-floors}}");

        assertThat(floors.all(AllocationOrderInForce.class).count()).isZero();
        assertThat(floors.summary().gasPools().get("india").allocationOrder()).isNull();
        // floors: fertiliser and CGD industry are topped up to full demand before refineries get anything
        assertThat(closedShare(floors, "city-gas-industrial")).isGreaterThan(closedShare(floors, "refineries"));
    }

    private static double closedShare(RecordedRun run, String sector) {
        double demand = run.all(SectorDay.class, s -> s.sectorId().equals(sector)).mapToDouble(SectorDay::demandMmscmd).sum();
        double served = run.all(SectorDay.class, s -> s.sectorId().equals(sector)).mapToDouble(SectorDay::servedMmscmd).sum();
        return served / demand;
    }

    @Test
    void the_order_counts_every_cargo_from_outside_the_regions_contracts_delivered_while_supply_is_lost_and_no_other() {
        RecordedRun closed = RecordedRun.sharedBaselineWith(HORMUZ);
        Scenario scenario = closed.scenario();
        String region = scenario.gasPools().get(0).region();
        Set<String> ownContracts = scenario.contracts().stream()
                .filter(c -> scenario.terminal(c.terminals().get(0)).orElseThrow().region().equals(region))
                .map(Contract::id).collect(Collectors.toSet());
        // Counted independently from the unloadings: at the region's terminals, on a contract that is not
        // one of the region's own (spot, called or lent), after the loss was first reviewed (day 60's gas
        // step, after that instant's unloadings) and up to the review that saw it end (day 120).
        List<String> expected = closed.all(CargoUnloaded.class, u -> scenario.terminal(u.terminalId()).orElseThrow()
                .region().equals(region) && !ownContracts.contains(u.contractId())
                && u.timeHours() > 60 * 24.0 && u.timeHours() <= 120 * 24.0).map(CargoUnloaded::cargoId).toList();

        List<ReplacementCounted> counted = closed.all(ReplacementCounted.class).toList();
        assertThat(expected).isNotEmpty();
        assertThat(counted).extracting(ReplacementCounted::cargoId).containsExactlyElementsOf(expected);
        RunSummary.AllocationOrderSummary order = closed.summary().gasPools().get("india").allocationOrder();
        assertThat(order.replacementCargoes()).isEqualTo(expected.size());
        double massT = counted.stream().mapToDouble(ReplacementCounted::massT).sum();
        assertThat(order.replacementMt()).isCloseTo(massT / 1e6, within(1e-6));
    }
}
