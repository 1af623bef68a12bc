package org.lngsim.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.lngsim.geo.GeoFixtures.port;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A ship at sea can be rerouted from where it is. */
class MidVoyageReroutingTest {

    private final Router router = GeoFixtures.router();
    private final Route rasLaffanTokyo = router.route(port("ras-laffan"), port("tokyo-bay"), Set.of());

    @Test
    void positionAtWalksAlongTheRoute() {
        assertThat(rasLaffanTokyo.positionAt(0)).isEqualTo(port("ras-laffan"));
        assertThat(rasLaffanTokyo.positionAt(rasLaffanTokyo.distanceNm())).isEqualTo(port("tokyo-bay"));
        assertThat(rasLaffanTokyo.positionAt(1e9)).isEqualTo(port("tokyo-bay"));
        // 1,000 nm out the ship is in the Arabian Sea, 1,000 nm (great circle) or less from port.
        GeoPoint p = rasLaffanTokyo.positionAt(1000);
        assertThat(p.distanceNmTo(port("ras-laffan"))).isBetween(700.0, 1000.0);
        assertThat(p.lonDeg()).isBetween(57.0, 66.0);
    }

    @Test
    void aShipEastOfHormuzIsReroutedToDahejWhenHormuzCloses() {
        double hormuzNm = rasLaffanTokyo.chokepoints().get(0).distanceFromOriginNm();
        GeoPoint atSea = rasLaffanTokyo.positionAt(hormuzNm + 300);

        Route toDahej = router.routeFrom(atSea, port("dahej"), Set.of("hormuz"));

        assertThat(toDahej.reachable()).isTrue();
        assertThat(toDahej.passes("hormuz")).isFalse();
        assertThat(toDahej.path().get(0)).isEqualTo(atSea);
        // Shorter than the whole trip from Ras Laffan, which it no longer has to sail.
        double fromPortNm = router.route(port("ras-laffan"), port("dahej"), Set.of()).distanceNm();
        assertThat(toDahej.distanceNm()).isLessThan(fromPortNm - 200);
        assertThat(toDahej.sailingDays(19.0)).isCloseTo(toDahej.distanceNm() / (19.0 * 24), within(1e-9));
    }

    @Test
    void reroutingToTheSameDestinationContinuesFromTheShipsPositionWithoutBacktracking() {
        for (double sailedNm : new double[] {500, 1234.5, 2500, 4000, 6000}) {
            GeoPoint atSea = rasLaffanTokyo.positionAt(sailedNm);

            Route rest = router.routeFrom(atSea, port("tokyo-bay"), Set.of());

            assertThat(rest.distanceNm()).as("after %s nm", sailedNm)
                    .isCloseTo(rasLaffanTokyo.distanceNm() - sailedNm, within(1.0));
        }
    }

    @Test
    void aShipStillInsideTheGulfCannotLeaveWhileHormuzIsClosed() {
        GeoPoint inGulf = rasLaffanTokyo.positionAt(100);

        assertThat(router.routeFrom(inGulf, port("dahej"), Set.of("hormuz")).reachable()).isFalse();
        assertThat(router.routeFrom(inGulf, port("tokyo-bay"), Set.of("hormuz")).reachable()).isFalse();
        assertThat(router.routeFrom(inGulf, port("das-island"), Set.of("hormuz")).reachable()).isTrue();
    }

    @Test
    void aShipInsideAClosedStraitIsUnreachableForEverything() {
        double hormuzNm = rasLaffanTokyo.chokepoints().get(0).distanceFromOriginNm();
        GeoPoint inStrait = rasLaffanTokyo.positionAt(hormuzNm + 5);

        Route r = router.routeFrom(inStrait, port("dahej"), Set.of("hormuz"));

        assertThat(r.reachable()).isFalse();
        assertThat(r.unreachableReason()).contains("inside closed chokepoint hormuz");
    }

    @Test
    void unreachableRoutesRefuseDistanceBasedQuestions() {
        Route r = Route.unreachable("test");

        assertThat(r.distanceNm()).isInfinite();
        assertThat(r.path()).isEmpty();
        assertThatThrownBy(() -> r.positionAt(10)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> r.sailingDays(19)).isInstanceOf(IllegalStateException.class);
    }
}
