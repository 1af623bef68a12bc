package org.lngsim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lngsim.events.CargoAtSeaAtEnd;
import org.lngsim.events.CargoAtSeaAtStart;
import org.lngsim.events.CargoLoaded;
import org.lngsim.events.CargoUnloaded;
import org.lngsim.events.GridHour;
import org.lngsim.events.TerminalDay;
import org.lngsim.model.Units;

/** The 2024 baseline reproduces the published year (issue 4's acceptance checks). */
class BaselineYearTest {

    private static RecordedRun run;

    @BeforeAll
    static void simulate() {
        run = RecordedRun.baseline();
    }

    @Test
    void japan_receives_between_63_and_69_mt() {
        assertThat(deliveredMt("japan")).isBetween(63.0, 69.0);
    }

    @Test
    void india_receives_between_23_and_29_mt() {
        assertThat(deliveredMt("india")).isBetween(23.0, 29.0);
    }

    @Test
    void no_unserved_energy_in_tokyo_or_mumbai() {
        assertThat(run.all(GridHour.class).mapToDouble(GridHour::unservedMW).sum()).isZero();
        assertThat(run.all(GridHour.class, h -> h.gridId().equals("tokyo")).count()).isEqualTo(366 * 24);
    }

    @Test
    void tokyo_burns_about_19_mt_of_lng_for_power() {
        double burnedMt = run.all(GridHour.class, h -> h.gridId().equals("tokyo")).mapToDouble(GridHour::fuelT).sum() / 1e6;

        assertThat(burnedMt).isBetween(15.0, 23.0);
    }

    @Test
    void japan_stocks_stay_in_their_ordinary_band() {
        // all Japanese terminals: power utilities' 1.8-2.4 Mt plus city gas ~2.7 Mt (METI weekly data)
        Map<Double, Double> byDay = new TreeMap<>();
        run.all(TerminalDay.class, t -> t.importerId().equals("japan"))
                .forEach(t -> byDay.merge(t.timeHours(), t.stockT(), Double::sum));

        assertThat(byDay.values()).allSatisfy(stockT -> assertThat(stockT / 1e6).isBetween(3.0, 6.0));
    }

    @Test
    void dahej_runs_near_its_capacity() {
        double sendOutT = run.all(TerminalDay.class, t -> t.terminalId().equals("dahej")).mapToDouble(TerminalDay::sendOutT).sum();
        double capacityT = Units.mtpaToTPerHour(17.5) * 24 * 366;

        // Real Dahej runs at ≈100% (above nameplate in 2024). With fullest-first send-out the model
        // has 94.9% over the year (100% in April–May, 97.8% April–October); the rest is contract
        // volume: world-2024's contracts bring Dahej ≈16.7 Mt, where spot buying took it higher.
        assertThat(sendOutT / capacityT).isBetween(0.93, 1.0);
    }

    @Test
    void mass_balance_closes() {
        double atStart = run.all(CargoAtSeaAtStart.class).mapToDouble(CargoAtSeaAtStart::massT).sum();
        double loaded = run.all(CargoLoaded.class).mapToDouble(CargoLoaded::massT).sum();
        double delivered = run.all(CargoUnloaded.class).mapToDouble(CargoUnloaded::deliveredT).sum();
        double boilOff = run.all(CargoUnloaded.class).mapToDouble(CargoUnloaded::boilOffT).sum()
                + run.all(CargoAtSeaAtEnd.class).mapToDouble(CargoAtSeaAtEnd::boilOffT).sum();
        double atEnd = run.all(CargoAtSeaAtEnd.class).mapToDouble(CargoAtSeaAtEnd::massT).sum();

        assertThat(Math.abs(atStart + loaded - delivered - boilOff - atEnd) / (atStart + loaded)).isLessThan(1e-9);
        assertThat(boilOff / loaded).isBetween(0.003, 0.03);
    }

    @Test
    void each_cargo_is_discharged_once() {
        assertThat(run.all(CargoUnloaded.class).map(CargoUnloaded::cargoId).distinct().count())
                .isEqualTo(run.all(CargoUnloaded.class).count());
    }

    private static double deliveredMt(String importer) {
        return run.all(CargoUnloaded.class, u -> u.importerId().equals(importer) && u.timeHours() >= 0)
                .mapToDouble(CargoUnloaded::deliveredT).sum() / 1e6;
    }
}
