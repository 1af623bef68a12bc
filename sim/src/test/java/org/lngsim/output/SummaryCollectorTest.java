package org.lngsim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lngsim.events.CargoLoaded;
import org.lngsim.events.GridHour;
import org.lngsim.events.ProgrammeStarted;
import org.lngsim.events.ProtocolRequest;
import org.lngsim.events.SimEvent;
import org.lngsim.events.TerminalDay;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.ProfileBasis;

class SummaryCollectorTest {

    private static LoadedScenario miniWorld;

    @BeforeAll
    static void load() {
        miniWorld = SyntheticRun.miniWorld();
    }

    private static RunSummary summarise(List<SimEvent> events) {
        SummaryCollector collector = new SummaryCollector(miniWorld.scenario(), 42);
        events.forEach(collector::on);
        collector.finish();
        return collector.summary();
    }

    @Test
    void arrival_referenced_programmes_are_summarised_and_loading_ones_leave_no_trace() {
        assertThat(summarise(SyntheticRun.events()).programmes()).isNull();

        List<SimEvent> events = new ArrayList<>(SyntheticRun.events());
        // two contracts: 3 of 3 and 1 of 2 cargoes at sea; voyages 72 h and 216 h, a mean of 144 h = 6 days
        events.add(new ProgrammeStarted(0, "qatar-india", "ras-laffan", "dahej", "india", 72, 3, 3, "qatar-india-3"));
        events.add(new ProgrammeStarted(0, "gladstone-japan", "gladstone", "futtsu", "japan", 216, 2, 1,
                "gladstone-japan-1"));

        assertThat(summarise(events).programmes())
                .isEqualTo(new RunSummary.ProgrammeSummary(ProfileBasis.ARRIVAL, 2, 5, 4, 6.0));
    }

    @Test
    void names_the_run_and_lists_entities_in_scenario_order() {
        RunSummary summary = summarise(SyntheticRun.events());
        assertThat(summary.scenario()).isEqualTo("mini-world");
        assertThat(summary.horizonDays()).isEqualTo(365);
        assertThat(summary.seed()).isEqualTo(42);
        assertThat(summary.grids()).containsOnlyKeys("tokyo");
        assertThat(summary.importers().keySet()).containsExactly("japan", "india");
        assertThat(summary.terminals().keySet()).containsExactly("futtsu", "dahej");
        assertThat(summary.gasPools().get("india").sectors().keySet()).containsExactly("city-gas-priority", "fertiliser", "power");
    }

    @Test
    void grid_totals_shortfall_and_days_of_cover_of_its_fuel_region() {
        RunSummary.GridSummary tokyo = summarise(SyntheticRun.events()).grids().get("tokyo");
        // 72 h x 30,000 MW; 3 h x 500 MW unserved on day 1; 2,000 t burned an hour; tokyo-bay cover 9, 8, 7 days.
        assertThat(tokyo).isEqualTo(new RunSummary.GridSummary(2160, 1.5, 0.069, 500, 3, 1, "2024-01-02", 7.0, 0.144, 24));
    }

    @Test
    void requests_the_credit_limit_cut_are_counted_whether_or_not_anything_was_released() {
        List<SimEvent> events = new ArrayList<>(SyntheticRun.events());
        // needs 200 kt: unlimited, within a 500 kt credit, cut to 70 kt (one cargo went), refused
        events.add(new ProtocolRequest(10, "india", 3.0, 5, 10, 200_000, Double.POSITIVE_INFINITY, 2, 150_000));
        events.add(new ProtocolRequest(20, "india", 3.0, 5, 10, 200_000, 500_000, 2, 150_000));
        events.add(new ProtocolRequest(30, "india", 3.0, 5, 10, 200_000, 80_000, 1, 70_000));
        events.add(new ProtocolRequest(40, "india", 3.0, 5, 10, 200_000, 10_000, 0, 0));

        RunSummary.ProtocolSummary protocol = summarise(events).protocol();

        assertThat(protocol.requests()).isEqualTo(4);
        assertThat(protocol.requestsCutByCreditLimit()).isEqualTo(2);
    }

    @Test
    void a_fuel_limited_grid_says_what_carried_its_load() {
        // Two fuel-limited hours and one ordinary one, each 1,000 MW of demand:
        // oil 100 + 0 + 50 MW, switching 200 + 0 + 0, imports 300 + 0 + 0, response 100, above plan 40 + 60,
        // unserved 10 MW: 0.15, 0.2, 0.3, 0.1, 0.1 and 0.01 GWh over 2 fuel-limited hours.
        List<SimEvent> events = List.of(
                new GridHour(0, "tokyo", 1000, 200, 100, 100, 100, 0, 0, true, 200.0, 300.0, 40.0),
                new GridHour(1, "tokyo", 1000, 200, 790, 0, 0, 10, 0, true, 0.0, 0.0, 60.0),
                new GridHour(2, "tokyo", 1000, 200, 750, 50, 0, 0, 0, false, 0.0, 0.0, 0.0));

        RunSummary.FuelLimited carried = summarise(events).grids().get("tokyo").fuelLimited();

        assertThat(carried).isEqualTo(new RunSummary.FuelLimited(2, 0.15, 0.2, 0.3, 0.1, 0.1, 0.01));
    }

    @Test
    void a_grid_without_fuel_limited_operation_has_no_fuel_limited_block() {
        RunSummary.GridSummary tokyo = summarise(List.of(new GridHour(0, "tokyo", 1000, 1000, 0, 0, 0, 0, 0, true)))
                .grids().get("tokyo");
        assertThat(tokyo.fuelLimited()).isNull();
        assertThat(tokyo.fuelConservationHours()).isEqualTo(1);
    }

    @Test
    void a_grid_without_shortfall_has_no_first_shortfall_day() {
        RunSummary.GridSummary tokyo = summarise(List.of(new GridHour(0, "tokyo", 1000, 1000, 0, 0, 0, 1e-7, 0, false))).grids().get("tokyo");
        assertThat(tokyo.shortfallHours()).isZero();
        assertThat(tokyo.firstShortfallDay()).isNull();
        assertThat(tokyo.unservedPct()).isZero();
        assertThat(tokyo.minDaysOfCover()).isNull();
    }

    @Test
    void gas_pool_mmscmd_become_tonnes_of_lng_at_1360_m3_per_tonne() {
        RunSummary.GasPoolSummary india = summarise(SyntheticRun.events()).gasPools().get("india");
        // 3 days x 113 mmscmd = 339e6 m3 = 249,264.7 t; 4.4 mmscmd unserved on day 2 = 3,235.3 t.
        assertThat(india.demandMt()).isEqualTo(0.249265);
        assertThat(india.unservedMt()).isEqualTo(0.003235);
        assertThat(india.unservedPct()).isEqualTo(1.298);
        assertThat(india.sectors().get("power").unservedPct()).isEqualTo(5.238); // 4.4 of 84 mmscmd-days
        assertThat(india.sectors().get("fertiliser").unservedPct()).isZero();
    }

    @Test
    void gas_demand_importers_and_terminals() {
        RunSummary summary = summarise(SyntheticRun.events());
        assertThat(summary.gasDemands().get("tokyo-city-gas")).isEqualTo(new RunSummary.GasDemandSummary(0.024, 0.002, 8.333));
        assertThat(summary.importers().get("india")).isEqualTo(new RunSummary.ImporterSummary(0.0596, 1, 1, 0.26, 0.3396, null, null));
        assertThat(summary.importers().get("japan")).isEqualTo(new RunSummary.ImporterSummary(0, 0, 0, 0.38, 0.4, null, null));
        // Futtsu: 30,000 t sent out against 10 Mtpa over 365 days; Dahej: 60,000 t against 17.5 Mtpa.
        assertThat(summary.terminals().get("futtsu")).isEqualTo(new RunSummary.TerminalSummary(0, 0.03, 0.3));
        assertThat(summary.terminals().get("dahej")).isEqualTo(new RunSummary.TerminalSummary(0.0596, 0.06, 0.343));
    }

    @Test
    void importer_stock_sums_its_terminals_on_each_day() {
        List<SimEvent> events = List.of(
                new TerminalDay(0, "futtsu", "japan", 100, 0, 0, 0, 0),
                new TerminalDay(0, "other", "japan", 50, 0, 0, 0, 0),
                new TerminalDay(24, "futtsu", "japan", 400, 0, 0, 0, 0),
                new TerminalDay(24, "other", "japan", 20, 0, 0, 0, 0));
        RunSummary.ImporterSummary japan = summarise(events).importers().get("japan");
        assertThat(japan.minStockMt()).isEqualTo(0.00015);
        assertThat(japan.maxStockMt()).isEqualTo(0.00042);
    }

    @Test
    void a_consistent_run_balances_to_zero() {
        RunSummary.MassBalance balance = summarise(SyntheticRun.events()).massBalance();
        assertThat(balance).isEqualTo(new RunSummary.MassBalance(0.06, 0.07, 0.0596, 0.00055, 0.06985, 0, 0, 0));
    }

    @Test
    void a_tonne_loaded_and_never_accounted_for_shows_in_the_balance() {
        List<SimEvent> events = new ArrayList<>(SyntheticRun.events());
        // Loaded, then neither delivered nor reported at sea at the end: 1,000 t vanish.
        events.add(events.size() - 1, new CargoLoaded(70, "g-2", "gladstone-japan", "std-2", "gladstone", "futtsu", "japan", 1000));
        RunSummary.MassBalance balance = summarise(events).massBalance();
        assertThat(balance.loadedMt()).isEqualTo(0.071);
        assertThat(balance.errorMt()).isEqualTo(0.001);
        assertThat(balance.relativeError()).isEqualTo(0.007633587786); // 1,000 of 131,000 t
    }

    @Test
    void counts_events_by_type_including_observations() {
        RunSummary summary = summarise(SyntheticRun.events());
        assertThat(summary.events()).containsEntry("grid-hour", 72L).containsEntry("terminal-day", 6L)
                .containsEntry("sector-day", 9L).containsEntry("cargo-unloaded", 1L).containsEntry("cargo-cancelled", 1L);
        assertThat(new ArrayList<>(summary.events().keySet())).isSorted();
    }

    @Test
    void the_summary_exists_only_once_the_run_has_finished() {
        SummaryCollector collector = new SummaryCollector(miniWorld.scenario(), 1);
        assertThatThrownBy(collector::summary).isInstanceOf(IllegalStateException.class);
    }
}
