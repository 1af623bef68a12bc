package org.lngsim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lngsim.events.CargoCancelled;
import org.lngsim.events.CargoUnloaded;

/**
 * Over a decade the baseline keeps delivering each year what it delivers in the first: no tank
 * reservation, ship or order leaks away (a slow leak once deadlocked Dahej after three years).
 */
class LongHorizonTest {

    @Test
    void every_year_of_a_decade_delivers_the_published_imports() {
        RecordedRun run = RecordedRun.baselineWith("horizonDays=3653", "protocol.enabled=false");

        Map<Integer, Double> japan = new TreeMap<>();
        Map<Integer, Double> india = new TreeMap<>();
        run.all(CargoUnloaded.class, u -> u.timeHours() < 3650 * 24).forEach(u -> {
            int year = (int) (u.timeHours() / 24 / 365);
            (u.importerId().equals("japan") ? japan : india).merge(year, u.deliveredT() / 1e6, Double::sum);
        });

        assertThat(japan).hasSize(10);
        assertThat(japan.values()).allSatisfy(mt -> assertThat(mt).isBetween(63.0, 69.0));
        assertThat(india.values()).allSatisfy(mt -> assertThat(mt).isBetween(23.0, 29.0));
        assertThat(run.all(CargoCancelled.class).count()).isLessThan(100);
    }
}
