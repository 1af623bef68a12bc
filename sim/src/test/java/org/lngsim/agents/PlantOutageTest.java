package org.lngsim.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lngsim.events.CargoCancelled;
import org.lngsim.events.CargoLoaded;

/**
 * Ras Laffan left with a quarter of its capacity for the whole run: a quarter of Qatar–India's
 * programmed cargoes load, evenly spread (every fourth: the allowance reaches a full cargo at the
 * 4th, 8th, ... slot, numbered from 0 as 3, 7, ...), and the others are cancelled as force majeure.
 */
class PlantOutageTest {

    private static MiniWorld outage;
    private static MiniWorld ordinary;

    @BeforeAll
    static void runBoth() {
        outage = MiniWorld.run("horizonDays=120", "disruptions=[{type: plant-outage, id: ras-laffan-down, plant: ras-laffan,"
                + " remainingCapacityPct: 25, startDay: 0, endDay: 120}]");
        ordinary = MiniWorld.run("horizonDays=120");
    }

    @Test
    void a_quarter_left_loads_every_fourth_programmed_cargo() {
        List<Long> loaded = programmeCargoes(outage, "qatar-india");

        assertThat(loaded).hasSizeGreaterThanOrEqualTo(5).allSatisfy(k -> assertThat(k % 4).isEqualTo(3L));
        assertThat(loaded).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void a_quarter_left_cancels_three_cargoes_in_four_as_force_majeure() {
        List<CargoCancelled> cancelled = outage.all(CargoCancelled.class).toList();
        int loaded = programmeCargoes(outage, "qatar-india").size();

        assertThat(cancelled).allSatisfy(c -> {
            assertThat(c.contractId()).isEqualTo("qatar-india");
            assertThat(c.reason()).isEqualTo("force majeure at ras-laffan");
            assertThat(c.plannedMassT()).isEqualTo(95_256.0, within(1e-6));
        });
        // slots 0..n-1 ordered: those numbered 3, 7, ... load (or are loading at the horizon), the rest are cancelled
        assertThat(cancelled.size()).isBetween(3 * loaded, 3 * loaded + 3 + 4);
    }

    @Test
    void an_outage_at_one_plant_leaves_the_other_plants_contracts_whole() {

        assertThat(programmeCargoes(outage, "gladstone-japan")).isEqualTo(programmeCargoes(ordinary, "gladstone-japan"));
        assertThat(programmeCargoes(ordinary, "qatar-india").size())
                .isBetween(4 * programmeCargoes(outage, "qatar-india").size(), 4 * programmeCargoes(outage, "qatar-india").size() + 4);
    }

    /** The programme numbers (not cargoes already at sea at the start) of the contract's loaded cargoes. */
    private static List<Long> programmeCargoes(MiniWorld mini, String contractId) {
        return mini.all(CargoLoaded.class, c -> c.contractId().equals(contractId) && !c.cargoId().contains("-prior-"))
                .map(c -> Long.parseLong(c.cargoId().substring(contractId.length() + 1))).toList();
    }
}
