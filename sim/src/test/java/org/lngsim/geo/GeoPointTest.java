package org.lngsim.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void rejectsOutOfRangeCoordinates() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, -180.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneDegreeOfLatitudeIsAboutSixtyNauticalMiles() {
        assertThat(new GeoPoint(0, 10).distanceNmTo(new GeoPoint(1, 10))).isCloseTo(60.04, within(0.05));
        // A quarter of the equator: 90 degrees = 5,400 nm on a sphere of 3,440 nm radius.
        assertThat(new GeoPoint(0, 0).distanceNmTo(new GeoPoint(0, 90))).isCloseTo(5404, within(3.0));
    }

    @Test
    void antimeridianHasOneCanonicalLongitude() {
        assertThat(new GeoPoint(10, 180)).isEqualTo(new GeoPoint(10, -180));
        assertThat(new GeoPoint(10, 179.5).distanceNmTo(new GeoPoint(10, -179.5))).isCloseTo(59.1, within(0.2));
    }

    @Test
    void interpolationFollowsTheGreatCircleAcrossTheAntimeridian() {
        GeoPoint mid = GeoPoint.interpolate(new GeoPoint(0, 179), new GeoPoint(0, -179), 0.5);

        assertThat(Math.abs(mid.lonDeg())).isCloseTo(180.0, within(1e-9));
        assertThat(mid.latDeg()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void boxEntryFractionIsWhereTheSegmentCrossesTheEdge() {
        Area box = new Area.Box(10, 0, 20, 10);

        assertThat(box.entryFraction(0, 5, 20, 5)).isCloseTo(0.5, within(1e-12));
        assertThat(box.entryFraction(15, 5, 30, 5)).isEqualTo(0.0);
        assertThat(box.entryFraction(0, 20, 30, 20)).isNaN();
    }

    @Test
    void polygonAreaBehavesLikeTheEquivalentBox() {
        PolygonArea square = new PolygonArea(List.of(
                new GeoPoint(0, 10), new GeoPoint(0, 20), new GeoPoint(10, 20), new GeoPoint(10, 10)));

        assertThat(square.contains(15, 5)).isTrue();
        assertThat(square.contains(25, 5)).isFalse();
        assertThat(square.entryFraction(0, 5, 20, 5)).isCloseTo(0.5, within(1e-12));
        assertThat(square.entryFraction(0, 20, 30, 20)).isNaN();
        assertThat(square.minLon()).isEqualTo(10.0);
    }
}
