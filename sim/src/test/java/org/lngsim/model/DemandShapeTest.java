package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandShapeTest {

    @Test
    void flat_shapes_give_the_annual_mean_power() {
        DemandShape shape = new DemandShape(87.6, Collections.nCopies(12, 3.0), Collections.nCopies(7, 1.0),
                Collections.nCopies(24, 2.0));

        assertThat(shape.demandMW(4, 2, 13)).isCloseTo(10_000, within(1e-9));
    }

    @Test
    void factors_are_normalised_to_a_mean_of_one() {
        List<Double> hourly = new ArrayList<>(Collections.nCopies(24, 1.0));
        hourly.set(18, 3.0);
        DemandShape shape = new DemandShape(87.6, Collections.nCopies(12, 1.0), Collections.nCopies(7, 1.0), hourly);

        assertThat(shape.demandMW(0, 0, 18)).isCloseTo(10_000 * 3 * 24 / 26.0, within(1e-6));
        assertThat(shape.demandMW(0, 0, 3)).isCloseTo(10_000 * 24 / 26.0, within(1e-6));
    }

    @Test
    void shocks_multiply_only_their_target_and_window() {
        List<ShockFactors.Shock> shocks = List.of(new ShockFactors.Shock("tokyo", null, 100, 200, 1.2),
                new ShockFactors.Shock("india", "fertiliser", 0, 50, 0.5));

        assertThat(ShockFactors.factor(shocks, "tokyo", null, 150)).isEqualTo(1.2);
        assertThat(ShockFactors.factor(shocks, "tokyo", null, 200)).isEqualTo(1.0);
        assertThat(ShockFactors.factor(shocks, "india", "fertiliser", 10)).isEqualTo(0.5);
        assertThat(ShockFactors.factor(shocks, "india", "power", 10)).isEqualTo(1.0);
        assertThat(DaysOfCover.of(1_000, 250)).isEqualTo(4.0);
        assertThat(DaysOfCover.of(1_000, 0)).isEqualTo(DaysOfCover.UNBOUNDED);
    }
}
