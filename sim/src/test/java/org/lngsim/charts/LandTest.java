package org.lngsim.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Path2D;
import org.junit.jupiter.api.Test;

/** The route map's land outlines put land and sea where they are. */
class LandTest {

    private final Path2D land = Land.outlines();

    @Test
    void the_shipped_outlines_contain_the_lands_of_the_map() {
        assertThat(land.contains(78.0, 20.0)).as("central India").isTrue();
        assertThat(land.contains(138.5, 36.0)).as("Honshu").isTrue();
        assertThat(land.contains(134.0, -25.0)).as("central Australia").isTrue();
        assertThat(land.contains(45.0, 24.0)).as("Arabia").isTrue();
        assertThat(land.contains(113.5, 0.5)).as("Borneo").isTrue();
        assertThat(land.contains(-155.0 + 360.0, 63.0)).as("Alaska, east of 180 as the map draws it").isTrue();
    }

    @Test
    void the_seas_the_cargoes_sail_are_not_land() {
        assertThat(land.contains(65.0, 15.0)).as("Arabian Sea").isFalse();
        assertThat(land.contains(88.0, 12.0)).as("Bay of Bengal").isFalse();
        assertThat(land.contains(150.0, 30.0)).as("Pacific").isFalse();
        assertThat(land.contains(52.0, 27.0)).as("the Gulf").isFalse();
        assertThat(land.contains(51.0, 42.0)).as("Caspian Sea, a hole in Eurasia").isFalse();
        // Cape Verde sits astride 25 W: drawn in one piece, it leaves no band across the map at 17 N
        assertThat(land.contains(62.0, 17.0)).as("no band at 17 N over the Arabian Sea").isFalse();
    }
}
