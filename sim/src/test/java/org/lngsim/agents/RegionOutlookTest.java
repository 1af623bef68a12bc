package org.lngsim.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lngsim.events.EventBus;
import org.lngsim.events.GasDemandDay;
import org.lngsim.events.GridHour;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioGeography;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.world.LngWorld;
import org.lngsim.world.RecordedRun;

/** The regions' use outlook, which the protocol projects cover with, against what a year really asks. */
class RegionOutlookTest {

    private static final int YEAR_DAYS = 366;

    /**
     * The operator's fuel rule off: the baseline's Tokyo Bay cover dips below the fuel-limited
     * trigger in January and February (the late arrivals of loading-month programmes), and then
     * the grid burns less than it asks for; the outlook is of what is asked.
     */
    private static final String NO_FUEL_RULE = "grids[0].fuelLimitedOperation.enabled=false";

    @Test
    void the_outlook_at_the_start_adds_up_to_what_the_baseline_year_asks_of_tokyo_bay() throws Exception {
        double[] outlook = startOfBaseline(NO_FUEL_RULE).region("tokyo-bay").useOutlookT(YEAR_DAYS - 1);

        RecordedRun year = RecordedRun.sharedBaselineWith(NO_FUEL_RULE);
        double heatRate = year.scenario().grids().stream().filter(g -> g.id().equals("tokyo")).findFirst()
                .orElseThrow().gasHeatRateTPerGWh();
        double gridT = year.all(GridHour.class, h -> h.gridId().equals("tokyo"))
                .mapToDouble(h -> h.gasMW() * heatRate / 1000.0).sum();
        double cityGasT = year.all(GasDemandDay.class, d -> d.regionId().equals("tokyo-bay"))
                .mapToDouble(GasDemandDay::requestedT).sum();

        // the baseline has no fuel shortage and no conservation: what was burned is what was asked
        assertThat(Arrays.stream(outlook).sum()).isCloseTo(gridT + cityGasT, within(0.001 * (gridT + cityGasT)));
    }

    @Test
    void tokyo_bay_expects_to_use_more_in_august_than_in_may() throws Exception {
        double[] outlook = startOfBaseline().region("tokyo-bay").useOutlookT(YEAR_DAYS - 1);

        double may = Arrays.stream(outlook, 121, 152).average().orElseThrow();
        double august = Arrays.stream(outlook, 213, 244).average().orElseThrow();
        // demand is 1.256/0.827 = 1.52 times May's in August, but non-gas supply is the same, so
        // the gas plant's share of the difference makes its fuel swing more than demand does
        assertThat(august / may).isGreaterThan(1.52);
    }

    private static LngWorld startOfBaseline(String... sets) throws Exception {
        Scenario scenario = new ScenarioLoader().load(RecordedRun.BASELINE, List.of(sets)).scenario();
        LngWorld world = new LngWorld(scenario, new ScenarioGeography(scenario), new EventBus());
        world.start();
        return world;
    }
}
