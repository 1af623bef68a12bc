package org.lngsim.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lngsim.events.GridHour;
import org.lngsim.events.ShortfallEnded;

/**
 * Tokyo's grid in the mini world, hour by hour: coal 9,000 MW at 85% (7,650 MW) and solar
 * 18,000 MW on its hourly profile come first, then gas up to 25,000 MW (80% of it, 20,000 MW,
 * while conserving fuel), then 3,000 MW of oil backup, then 1,500 MW of demand response; only
 * what is left is unserved.
 */
class GridAgentTest {

    private static final double COAL_MW = 9_000 * 0.85;
    private static final double SOLAR_MW = 18_000;
    private static final double[] SOLAR_PROFILE = {0, 0, 0, 0, 0, 0.05, 0.15, 0.3, 0.45, 0.55, 0.6, 0.62, 0.6, 0.55,
        0.45, 0.3, 0.15, 0.05, 0, 0, 0, 0, 0, 0};
    private static final double GAS_MW = 25_000;
    private static final double CONSERVING_GAS_MW = 20_000;
    private static final double OIL_MW = 3_000;
    private static final double RESPONSE_MW = 1_500;
    private static final double EPS_MW = 1e-6;

    @Test
    void with_fuel_to_spare_each_hour_is_served_in_merit_order_and_only_the_rest_is_unserved() {
        // Futtsu full (459,540 t usable) and able to send out 60 Mtpa (6,849 t an hour): five days
        // of at most 25,000 MW × 125 t/GWh = 3,125 t an hour of fuel cannot run it dry
        MiniWorld mini = MiniWorld.run("horizonDays=5", "terminals[0].initialStockPct=100",
                "terminals[0].regasCapacityMtpa=60");
        List<GridHour> hours = tokyo(mini);

        assertThat(hours).hasSize(5 * 24);
        for (GridHour h : hours) {
            double rest = h.demandMW();
            double nonGas = Math.min(rest, COAL_MW + SOLAR_MW * SOLAR_PROFILE[(int) (h.timeHours() % 24)]);
            rest -= nonGas;
            double gas = Math.min(rest, h.conserving() ? CONSERVING_GAS_MW : GAS_MW);
            rest -= gas;
            double oil = Math.min(rest, OIL_MW);
            rest -= oil;
            double response = Math.min(rest, RESPONSE_MW);
            rest -= response;
            assertThat(h.nonGasMW()).as("non-gas at hour %s", h.timeHours()).isCloseTo(nonGas, within(EPS_MW));
            assertThat(h.gasMW()).as("gas at hour %s", h.timeHours()).isCloseTo(gas, within(EPS_MW));
            assertThat(h.oilMW()).as("oil at hour %s", h.timeHours()).isCloseTo(oil, within(EPS_MW));
            assertThat(h.demandResponseMW()).as("response at hour %s", h.timeHours()).isCloseTo(response, within(EPS_MW));
            assertThat(h.unservedMW()).as("unserved at hour %s", h.timeHours()).isCloseTo(rest, within(EPS_MW));
        }
        // the evening peak outruns even a full gas fleet: these hours are the ones that test the order
        assertThat(hours).anyMatch(h -> h.unservedMW() > 0).anyMatch(h -> h.unservedMW() == 0 && h.oilMW() == 0);
    }

    @Test
    void short_of_fuel_unserved_energy_appears_only_once_oil_and_demand_response_are_used_up() {
        // 1 Mtpa of send-out is 114 t an hour, about 900 MW of gas-fired output at most
        MiniWorld mini = MiniWorld.run("horizonDays=5", "terminals[0].regasCapacityMtpa=1");
        List<GridHour> hours = tokyo(mini);

        List<GridHour> unserved = hours.stream().filter(h -> h.unservedMW() > EPS_MW).toList();
        assertThat(unserved).isNotEmpty().allSatisfy(h -> {
            assertThat(h.oilMW()).isCloseTo(OIL_MW, within(EPS_MW));
            assertThat(h.demandResponseMW()).isCloseTo(RESPONSE_MW, within(EPS_MW));
            assertThat(h.gasMW()).isLessThan(1_000);
            assertThat(h.nonGasMW()).isCloseTo(COAL_MW + SOLAR_MW * SOLAR_PROFILE[(int) (h.timeHours() % 24)], within(EPS_MW));
        });
        assertThat(hours).allSatisfy(h -> assertThat(h.nonGasMW() + h.gasMW() + h.oilMW() + h.demandResponseMW()
                + h.unservedMW()).isCloseTo(h.demandMW(), within(EPS_MW)));
        // the shortfalls reported add up to the unserved hours (MW for an hour = MWh)
        double reportedMWh = mini.all(ShortfallEnded.class, s -> s.entityId().equals("tokyo"))
                .mapToDouble(ShortfallEnded::unserved).sum();
        assertThat(reportedMWh).isCloseTo(unserved.stream().mapToDouble(GridHour::unservedMW).sum(), within(1e-3));
    }

    @Test
    void a_fuel_limited_tokyo_day_is_carried_by_switching_imports_and_demand_response_before_any_load_is_unserved() {
        // Fuel-limited all run (trigger 365 days) with the plan at 80% (20,000 MW); 1 Mtpa of send-out is
        // 114 t an hour, ≈913 MW of gas at 125 t/GWh, so gas falls short of the plan at once. A flat
        // 1,000 MW tie flow (in place of solar) under a 3,000 MW limit leaves 2,000 MW of extra imports;
        // switching 1,200 MW.
        // 140 TWh a year puts demand at ≈12–19 GW over the day against 8,650 MW of non-gas supply, so the
        // night is carried by oil and switching, the day by imports and demand response, the peak not at all.
        MiniWorld mini = MiniWorld.run("horizonDays=2", "terminals[0].regasCapacityMtpa=1",
                "grids[0].annualDemandTWh=140", "grids[0].fuelConservation.enabled=false",
                "grids[0].generation=[{id: coal, capacityMW: 9000, availabilityPct: 85},"
                        + " {id: ties, capacityMW: 1000, availabilityPct: 100}]",
                "grids[0].fuelLimitedOperation={enabled: true, triggerDaysOfCover: 365, gasOutputCapPct: 80,"
                        + " switching: {headroomMW: 1200}, imports: {generator: ties, tieLimitMW: 3000}}");
        List<GridHour> hours = tokyo(mini);

        assertThat(hours).hasSize(48).allSatisfy(h -> {
            assertThat(h.conserving()).isTrue();
            assertThat(h.meritOrder()).isTrue();
            assertThat(h.gasMW()).isLessThan(1_000);
            double served = h.nonGasMW() + h.gasMW() + h.oilMW() + h.switchingMW() + h.extraImportMW()
                    + h.demandResponseMW();
            assertThat(served + h.unservedMW()).isCloseTo(h.demandMW(), within(EPS_MW));
            // each source is called only once the one before it is used up
            if (h.switchingMW() > EPS_MW) {
                assertThat(h.oilMW()).isCloseTo(OIL_MW, within(EPS_MW));
            }
            if (h.extraImportMW() > EPS_MW) {
                assertThat(h.switchingMW()).isCloseTo(1_200, within(EPS_MW));
            }
            if (h.demandResponseMW() > EPS_MW) {
                assertThat(h.extraImportMW()).isCloseTo(2_000, within(EPS_MW));
            }
            if (h.unservedMW() > EPS_MW) {
                assertThat(h.demandResponseMW()).isCloseTo(RESPONSE_MW, within(EPS_MW));
            }
        });
        // some hours are carried by switching and imports alone, with nothing unserved
        assertThat(hours).anyMatch(h -> h.switchingMW() > EPS_MW && h.unservedMW() <= EPS_MW)
                .anyMatch(h -> h.extraImportMW() > EPS_MW && h.unservedMW() <= EPS_MW);
        // the first unserved hour of the day comes after switching and imports were called that day
        GridHour firstUnserved = hours.stream().filter(h -> h.unservedMW() > EPS_MW).findFirst().orElseThrow();
        assertThat(hours.stream().filter(h -> h.timeHours() < firstUnserved.timeHours()))
                .anyMatch(h -> h.switchingMW() > EPS_MW);
    }

    @Test
    void with_fuel_limited_operation_off_the_grid_dispatches_exactly_as_before() {
        MiniWorld before = MiniWorld.run("horizonDays=2", "terminals[0].regasCapacityMtpa=1");
        MiniWorld off = MiniWorld.run("horizonDays=2", "terminals[0].regasCapacityMtpa=1",
                "grids[0].fuelLimitedOperation={enabled: false, triggerDaysOfCover: 365, gasOutputCapPct: 50,"
                        + " switching: {headroomMW: 1200}}");

        assertThat(tokyo(off)).isEqualTo(tokyo(before)).allSatisfy(h -> assertThat(h.meritOrder()).isFalse());
    }

    private static List<GridHour> tokyo(MiniWorld mini) {
        return mini.all(GridHour.class, h -> h.gridId().equals("tokyo")).toList();
    }
}
