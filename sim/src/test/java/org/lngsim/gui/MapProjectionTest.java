package org.lngsim.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MapProjectionTest {

    @Test
    void the_field_is_170_by_94_degrees() {
        // 195 − 25 = 170 of longitude; 52 − (−42) = 94 of latitude
        assertThat(MapProjection.widthDeg()).isEqualTo(170);
        assertThat(MapProjection.heightDeg()).isEqualTo(94);
    }

    @Test
    void x_grows_east_from_the_west_edge_and_y_south_from_the_north_edge() {
        // Ras Laffan, 25.9°N 51.55°E: x = 51.55 − 25 = 26.55, y = 52 − 25.9 = 26.1
        assertThat(MapProjection.x(51.55)).isCloseTo(26.55, within(1e-9));
        assertThat(MapProjection.y(25.9)).isCloseTo(26.1, within(1e-9));
    }

    @Test
    void the_americas_are_drawn_east_of_180_degrees() {
        // Sabine Pass, 93.87°W: drawn at −93.87 + 360 = 266.13°E, x = 241.13 (off the map's east edge)
        assertThat(MapProjection.unwrapDeg(-93.87)).isCloseTo(266.13, within(1e-9));
        assertThat(MapProjection.x(-93.87)).isCloseTo(241.13, within(1e-9));
        assertThat(MapProjection.onMap(-93.87, 29.7)).isFalse();
        // Suez (32.5°E) and Tokyo Bay (139.8°E) are on it; a longitude just east of −25 is not shifted
        assertThat(MapProjection.onMap(32.5, 30.0)).isTrue();
        assertThat(MapProjection.onMap(139.8, 35.4)).isTrue();
        assertThat(MapProjection.unwrapDeg(-24.0)).isEqualTo(-24.0);
    }
}
