package org.lngsim.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lngsim.events.CargoArrived;
import org.lngsim.events.CargoBerthed;
import org.lngsim.events.CargoUnloaded;
import org.lngsim.events.TerminalDay;

/** Futtsu in the mini world: tanks of 1,110,000 m³ × 0.45 t/m³ = 499,500 t. */
class TerminalAgentTest {

    private static final double FUTTSU_CAPACITY_T = 499_500;
    /** 50% full at the start (the mini world's initialStockPct). */
    private static final double FUTTSU_INITIAL_T = 249_750;

    @Test
    void each_unloaded_cargo_raises_the_stock_by_its_delivered_mass() {
        MiniWorld mini = MiniWorld.run("horizonDays=40");
        List<TerminalDay> days = mini.all(TerminalDay.class, d -> d.terminalId().equals("futtsu"))
                .sorted(Comparator.comparingDouble(TerminalDay::timeHours)).toList();
        List<CargoUnloaded> unloads = mini.all(CargoUnloaded.class, u -> u.terminalId().equals("futtsu")).toList();

        assertThat(days).hasSize(40);
        assertThat(unloads).hasSizeGreaterThanOrEqualTo(3);
        double stock = FUTTSU_INITIAL_T;
        for (TerminalDay day : days) {
            double deliveredThatDay = unloads.stream().filter(u -> Math.floor(u.timeHours() / 24) * 24 == day.timeHours())
                    .mapToDouble(CargoUnloaded::deliveredT).sum();
            assertThat(day.receivedT()).as("received on day %s", day.timeHours() / 24).isCloseTo(deliveredThatDay, within(1e-6));
            stock += deliveredThatDay - day.sendOutT();
            assertThat(day.stockT()).as("stock at the end of day %s", day.timeHours() / 24).isCloseTo(stock, within(1e-3));
        }
    }

    @Test
    void a_nearly_full_terminal_keeps_a_ship_at_anchor_until_its_cargo_fits() {
        // 99% full (494,505 t) and sending out at most 0.5 Mtpa = 500,000 / 8,760 = 57.08 t an hour
        double initialT = 494_505;
        double maxSendOutTPerHour = 500_000 / 8_760.0;
        MiniWorld mini = MiniWorld.run("horizonDays=75", "terminals[0].initialStockPct=99",
                "terminals[0].regasCapacityMtpa=0.5");

        CargoArrived first = mini.all(CargoArrived.class, a -> a.terminalId().equals("futtsu"))
                .min(Comparator.comparingDouble(CargoArrived::timeHours)).orElseThrow();
        CargoBerthed berthed = mini.all(CargoBerthed.class, b -> b.cargoId().equals(first.cargoId())).findFirst().orElseThrow();
        CargoUnloaded unloaded = mini.all(CargoUnloaded.class, u -> u.cargoId().equals(first.cargoId())).findFirst().orElseThrow();

        // it may berth only once the tanks have room for all of it: sending out at most the
        // maximum rate, that takes (stock + cargo - capacity) / rate hours from the start
        double earliestBerthHour = (initialT + unloaded.deliveredT() - FUTTSU_CAPACITY_T) / maxSendOutTPerHour;
        assertThat(earliestBerthHour).isGreaterThan(first.timeHours());
        assertThat(berthed.timeHours()).isGreaterThanOrEqualTo(earliestBerthHour);
        assertThat(berthed.waitedHours()).isCloseTo(berthed.timeHours() - first.timeHours(), within(1e-6));
        assertThat(mini.all(TerminalDay.class, d -> d.terminalId().equals("futtsu")))
                .allSatisfy(d -> assertThat(d.stockT()).isLessThanOrEqualTo(FUTTSU_CAPACITY_T + 1e-6));
    }
}
