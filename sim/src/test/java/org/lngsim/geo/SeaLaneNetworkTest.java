package org.lngsim.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The MARNET graph loads, joins lines across the antimeridian, and snaps like a linear scan. */
class SeaLaneNetworkTest {

    private final SeaLaneNetwork network = SeaLaneNetwork.shared();

    @Test
    void defaultNetworkIsTheTenKilometreMarnetWithoutArcticPassages() {
        assertThat(network.resolution()).isEqualTo(MarnetResolution.KM_10);
        assertThat(network.nodeCount()).isBetween(26_500, 27_000);
        assertThat(network.edgeCount()).isBetween(51_000, 52_500);
        // The Arctic passages are left out: LNG from Hammerfest to Japan goes by Suez, and with
        // Suez and Panama closed around the Cape, never along Siberia.
        Router router = new Router(network, GeoFixtures.CHOKEPOINTS);
        GeoPoint hammerfest = new GeoPoint(70.70, 23.50);
        Route bySuez = router.route(hammerfest, GeoFixtures.port("tokyo-bay"), Set.of());
        Route byCape = router.route(hammerfest, GeoFixtures.port("tokyo-bay"), Set.of("suez", "panama"));
        assertThat(bySuez.passes("suez")).isTrue();
        assertThat(byCape.path()).anyMatch(p -> p.latDeg() < -34.0);
        assertThat(byCape.path()).noneMatch(p -> p.latDeg() > 72.0 && p.lonDeg() > 60.0);
    }

    @Test
    void everyLngTerminalSnapsWithinTheLimit() {
        for (String id : GeoFixtures.LNG_PORTS) {
            Snap snap = network.nearestNode(GeoFixtures.port(id));
            assertThat(snap.distanceNm()).as(id).isLessThanOrEqualTo(Snap.MAX_SNAP_NM);
            assertThat(snap.withinLimit()).as(id).isTrue();
        }
    }

    @Test
    void aPointFarInlandIsReportedWithItsSnapDistance() {
        Snap snap = network.nearestNode(new GeoPoint(23.0, 78.0)); // central India

        assertThat(snap.distanceNm()).isGreaterThan(Snap.MAX_SNAP_NM);
        assertThat(snap.withinLimit()).isFalse();
    }

    @Test
    void nearestNodeAgreesWithALinearScan() {
        Random random = new Random(42);
        for (int k = 0; k < 100; k++) {
            GeoPoint p = new GeoPoint(random.nextDouble() * 140 - 70, random.nextDouble() * 360 - 180);
            Snap snap = network.nearestNode(p);
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < network.nodeCount(); i++) {
                if (network.inMainComponent(i)) {
                    best = Math.min(best, p.distanceNmTo(network.nodePoint(i)));
                }
            }
            assertThat(snap.distanceNm()).as("%s", p).isEqualTo(best);
        }
    }

    @Test
    void pacificLinesAreJoinedAcrossTheAntimeridian() {
        // A ship just west of 180 and one just east of it are on one network: the route between
        // them is short, not around the world.
        Router router = new Router(network, List.of());
        Route r = router.route(new GeoPoint(40.0, 179.0), new GeoPoint(40.0, -179.0), Set.of());

        assertThat(r.reachable()).isTrue();
        assertThat(r.distanceNm()).isLessThan(600.0);
    }

    @Test
    void losAngelesToTokyoCrossesThePacificNotTheAtlantic() {
        Route r = GeoFixtures.router().route(GeoFixtures.port("los-angeles"), GeoFixtures.port("tokyo-bay"),
                Set.of());

        assertThat(r.chokepoints()).isEmpty();
        assertThat(r.distanceNm()).isBetween(4700.0, 5100.0);
    }
}
