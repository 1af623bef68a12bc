package org.lngsim.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutePathUntilTest {

    /** One degree of the equator, in nautical miles, from the Earth's radius. */
    private static final double DEGREE_NM = GeoPoint.EARTH_RADIUS_NM * Math.PI / 180.0;

    private final Route equator = Route.reachable(List.of(GeoPoint.ofLonLat(0, 0), GeoPoint.ofLonLat(1, 0),
            GeoPoint.ofLonLat(2, 0)), List.of());

    @Test
    void the_points_before_the_distance_then_the_position_there() {
        List<GeoPoint> sailed = equator.pathUntil(1.5 * DEGREE_NM);

        assertThat(sailed).hasSize(3);
        assertThat(sailed.subList(0, 2)).containsExactly(GeoPoint.ofLonLat(0, 0), GeoPoint.ofLonLat(1, 0));
        assertThat(sailed.get(2).lonDeg()).isCloseTo(1.5, within(1e-9));
        assertThat(sailed.get(2).latDeg()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void at_a_waypoint_it_ends_there_once_and_at_the_ends_it_is_clamped() {
        double toSecondNm = GeoPoint.ofLonLat(0, 0).distanceNmTo(GeoPoint.ofLonLat(1, 0));
        assertThat(equator.pathUntil(toSecondNm)).containsExactly(GeoPoint.ofLonLat(0, 0), GeoPoint.ofLonLat(1, 0));
        assertThat(equator.pathUntil(0)).containsExactly(GeoPoint.ofLonLat(0, 0));
        assertThat(equator.pathUntil(-5)).containsExactly(GeoPoint.ofLonLat(0, 0));
        assertThat(equator.pathUntil(10 * DEGREE_NM)).containsExactlyElementsOf(equator.path());
    }
}
