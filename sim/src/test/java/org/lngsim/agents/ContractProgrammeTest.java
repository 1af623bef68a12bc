package org.lngsim.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lngsim.events.CargoCancelled;
import org.lngsim.events.CargoLoaded;

/**
 * A year of the mini world without disruptions, its buyers able to take what they bought: each
 * contract's programme loads its annual quantity in full cargoes. The first slot falls at a seeded
 * phase of one spacing and a cargo still loading at the horizon is not yet loaded, so a year holds
 * its quantity to within two cargoes.
 */
class ContractProgrammeTest {

    /** Q-Flex: 216,000 m³ × 0.45 t/m³ × 98% fill. */
    private static final double Q_FLEX_CARGO_T = 95_256;
    /** Standard: 174,000 m³ × 0.45 t/m³ × 98% fill. */
    private static final double STANDARD_CARGO_T = 76_734;

    private static MiniWorld year;

    @BeforeAll
    static void runAYear() {
        // India's pool as given needs 113 - 95 = 18 mmscmd of LNG (13,235 t a day, 4.8 Mt a year),
        // less than the 7.5 Mt bought, so Dahej fills and ships wait at anchor; with 80 mmscmd of
        // domestic gas it needs 33 mmscmd (24,265 t a day, 8.9 Mt a year) and takes every cargo.
        year = MiniWorld.run("gasPools[0].domesticSupplyMmscmd=80");
    }

    @Test
    void qatar_india_loads_its_seven_and_a_half_million_tonnes_in_full_q_flex_cargoes() {
        assertLoadsItsYear("qatar-india", 7_500_000, Q_FLEX_CARGO_T);
    }

    @Test
    void gladstone_japan_loads_its_five_million_tonnes_in_full_standard_cargoes() {
        assertLoadsItsYear("gladstone-japan", 5_000_000, STANDARD_CARGO_T);
    }

    @Test
    void without_disruptions_no_programmed_cargo_is_cancelled() {
        assertThat(year.all(CargoCancelled.class).toList()).isEmpty();
    }

    private static void assertLoadsItsYear(String contractId, double annualT, double cargoT) {
        List<CargoLoaded> loaded = year.all(CargoLoaded.class, c -> c.contractId().equals(contractId)).toList();

        assertThat(loaded).allSatisfy(c -> assertThat(c.massT()).isCloseTo(cargoT, within(1e-6)));
        assertThat(loaded.stream().mapToDouble(CargoLoaded::massT).sum()).isCloseTo(annualT, within(2 * cargoT));
        // programme cargoes are numbered in loading order from 0, none skipped
        assertThat(loaded.stream().map(CargoLoaded::cargoId).toList())
                .containsExactlyElementsOf(IntStream.range(0, loaded.size())
                        .mapToObj(k -> contractId + "-" + k).toList());
    }
}
