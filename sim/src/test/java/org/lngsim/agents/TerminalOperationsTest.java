package org.lngsim.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lngsim.events.CargoCancelled;
import org.lngsim.events.TerminalChosen;

/**
 * The mini world with a second Indian terminal, Kochi (5 Mtpa; 310,000 m³ × 0.45 = 139,500 t of
 * tanks, heel 8% = 11,160 t), beside Dahej (17.5 Mtpa; 1,000,000 m³ = 450,000 t, heel 36,000 t,
 * 50% = 225,000 t at the start), and Qatar–India delivering to both.
 */
class TerminalOperationsTest {

    private static final String KOCHI_FULL = kochi(90);
    private static final String KOCHI_LOW = kochi(10);
    private static final String GROUP = "contracts[0].terminals=[dahej, kochi]";

    private static String kochi(int initialStockPct) {
        return "terminals=[{id: futtsu, name: Futtsu, importer: japan, region: tokyo-bay, location: {lat: 35.30, lon: 139.80},"
                + " regasCapacityMtpa: 10, storageM3: 1110000, heelPct: 8, initialStockPct: 50, berths: 2, unloadingHours: 24,"
                + " maxVesselM3: 266000},"
                + " {id: dahej, name: Dahej, importer: india, region: india, location: {lat: 20.90, lon: 72.30},"
                + " regasCapacityMtpa: 17.5, storageM3: 1000000, heelPct: 8, initialStockPct: 50, berths: 2, unloadingHours: 24,"
                + " maxVesselM3: 266000},"
                + " {id: kochi, name: Kochi, importer: india, region: india, location: {lat: 9.97, lon: 76.24},"
                + " regasCapacityMtpa: 5, storageM3: 310000, heelPct: 8, initialStockPct: " + initialStockPct + ", berths: 1,"
                + " unloadingHours: 24, maxVesselM3: 266000}]";
    }

    @Test
    void fullest_first_takes_from_the_fuller_tanks_up_to_their_send_out_then_from_the_next() {
        MiniWorld mini = MiniWorld.started("horizonDays=10", KOCHI_FULL, "regions[1].sendOutOrder=fullestFirst");
        TerminalAgent dahej = mini.world().terminal("dahej");
        TerminalAgent kochi = mini.world().terminal("kochi");
        double dahejBefore = dahej.stockT();
        double kochiBefore = kochi.stockT();

        double served = mini.world().region("india").draw(1_000, 1.0);

        // Kochi is 90% full (Dahej 50%, plus any ship at its berth): Kochi gives its hour's send-out,
        // 5e6 / 8760 = 570.78 t, and Dahej the other 429.22 t.
        assertThat(served).isCloseTo(1_000, within(1e-9));
        assertThat(kochiBefore - kochi.stockT()).isCloseTo(570.78, within(0.01));
        assertThat(dahejBefore - dahej.stockT()).isCloseTo(429.22, within(0.01));
    }

    @Test
    void proportional_takes_from_each_in_proportion_to_its_hour_of_send_out() {
        MiniWorld mini = MiniWorld.started("horizonDays=10", KOCHI_FULL);
        TerminalAgent dahej = mini.world().terminal("dahej");
        double dahejBefore = dahej.stockT();

        mini.world().region("india").draw(1_000, 1.0);

        // 1,997.72 and 570.78 t in the hour: Dahej gives 1,000 × 1,997.72 / 2,568.49 = 777.78 t.
        assertThat(dahejBefore - dahej.stockT()).isCloseTo(777.78, within(0.01));
    }

    @Test
    void the_first_cargo_goes_to_the_terminal_with_the_lowest_cover_not_the_one_behind_its_share() {
        MiniWorld mini = MiniWorld.run("horizonDays=20", KOCHI_LOW, GROUP, "regions[1].terminalChoice=lowestCover");
        List<TerminalChosen> chosen = mini.all(TerminalChosen.class, c -> c.contractId().equals("qatar-india")).toList();

        assertThat(chosen).isNotEmpty();
        // Kochi holds (10% − 8%) × 139,500 = 2,790 t above its heel: 2,790 / (5e6 / 365) = 0.204 days
        // of send-out, against Dahej's 189,000 / 47,945 = 3.9 days (the share rule would pick Dahej,
        // 17.5 of 22.5 Mtpa). At hour 0 nothing has been sent out yet, so nothing is taken off.
        TerminalChosen first = chosen.get(0);
        assertThat(first.terminalId()).isEqualTo("kochi");
        assertThat(first.coverDaysAtArrival()).isCloseTo(0.204, within(0.001));
        assertThat(first.candidates()).isEqualTo(2);
        // Once a cargo is on its way to Kochi, its cover (2,790 + 95,256 t) is over 7 days: Dahej's turn.
        assertThat(chosen.get(1).terminalId()).isEqualTo("dahej");
    }

    @Test
    void cargoes_cancelled_by_force_majeure_are_not_counted_against_a_terminal_under_lowest_cover() {
        String outage = "disruptions=[{type: plant-outage, id: ras-laffan-down, plant: ras-laffan, remainingCapacityPct: 25,"
                + " startDay: 0, endDay: 120}]";
        MiniWorld mini = MiniWorld.run("horizonDays=120", KOCHI_LOW, GROUP, outage, "regions[1].terminalChoice=lowestCover");
        ContractAgent contract = contract(mini);
        long forceMajeure = mini.all(CargoCancelled.class, c -> c.contractId().equals("qatar-india")
                && c.reason().startsWith("force majeure")).count();
        List<TerminalChosen> chosen = mini.all(TerminalChosen.class, c -> c.contractId().equals("qatar-india")).toList();

        assertThat(forceMajeure).isGreaterThan(10);
        // Every counted cargo was announced, and every programme slot either was chosen a terminal or
        // was cancelled for force majeure before any terminal was counted.
        assertThat(contract.assignedCargoes()).isEqualTo(chosen.size());
        assertThat(chosen.stream().filter(c -> c.cargoId() != null).count() + forceMajeure).isEqualTo(contract.nextSequence());
    }

    @Test
    void the_share_rule_still_counts_cancelled_cargoes_as_it_always_did() {
        String outage = "disruptions=[{type: plant-outage, id: ras-laffan-down, plant: ras-laffan, remainingCapacityPct: 25,"
                + " startDay: 0, endDay: 120}]";
        MiniWorld mini = MiniWorld.run("horizonDays=120", KOCHI_LOW, GROUP, outage);
        ContractAgent contract = contract(mini);

        // Every programme slot counted, those cancelled for force majeure included (kept for comparison).
        assertThat(contract.assignedCargoes()).isGreaterThanOrEqualTo(contract.nextSequence());
        assertThat(mini.all(TerminalChosen.class)).isEmpty();
    }

    private static ContractAgent contract(MiniWorld mini) {
        return mini.world().contracts().stream().filter(c -> c.id().equals("qatar-india")).findFirst().orElseThrow();
    }
}
