package org.lngsim.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lngsim.geo.GeoFixtures.port;

import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Closing chokepoints reroutes or cuts off exactly the traffic that uses them. */
class ChokepointClosureTest {

    private final Router router = GeoFixtures.router();

    private Route route(String from, String to, String... closed) {
        return router.route(port(from), port(to), Set.of(closed));
    }

    @Test
    void rasLaffanToTokyoPassesHormuzThenMalaccaWithNothingClosed() {
        Route open = route("ras-laffan", "tokyo-bay");

        assertThat(open.chokepointIds()).containsExactly("hormuz", "malacca");
        assertThat(open.distanceNm()).isBetween(6600.0, 6720.0);
    }

    @Test
    void closingMalaccaSendsGulfCargoesToJapanThroughTheIndonesianStraits() {
        Route open = route("ras-laffan", "tokyo-bay");
        Route noMalacca = route("ras-laffan", "tokyo-bay", "malacca");
        // Sunda is MARNET's shortest detour; deep-draught ships that avoid it too go by Lombok.
        Route viaLombok = route("ras-laffan", "tokyo-bay", "malacca", "sunda");

        assertThat(noMalacca.reachable()).isTrue();
        assertThat(noMalacca.distanceNm()).isGreaterThan(open.distanceNm() + 400);
        assertThat(noMalacca.chokepointIds()).containsExactly("hormuz", "sunda");
        assertThat(viaLombok.chokepointIds()).containsExactly("hormuz", "lombok");
        assertThat(viaLombok.distanceNm()).isBetween(7500.0, 7800.0);
    }

    @Test
    void closingHormuzLeavesGulfCargoesWithNoRouteOut() {
        for (String destination : List.of("tokyo-bay", "dahej", "kochi", "singapore", "qalhat")) {
            Route r = route("ras-laffan", destination, "hormuz");
            assertThat(r.reachable()).as("ras-laffan -> %s", destination).isFalse();
            assertThat(r.unreachableReason()).contains("hormuz");
        }
        assertThat(route("das-island", "tokyo-bay", "hormuz").reachable()).isFalse();
    }

    @Test
    void closingHormuzDoesNotCutTheGulfOfOmanOrTheGulfItself() {
        Route qalhatDahej = route("qalhat", "dahej", "hormuz");
        Route qalhatFujairah = route("qalhat", "fujairah", "hormuz");
        Route insideGulf = route("das-island", "ras-laffan", "hormuz");

        assertThat(qalhatDahej.reachable()).isTrue();
        assertThat(qalhatDahej.distanceNm()).isEqualTo(route("qalhat", "dahej").distanceNm());
        assertThat(qalhatDahej.chokepoints()).isEmpty();
        assertThat(qalhatFujairah.reachable()).isTrue();
        assertThat(insideGulf.reachable()).isTrue();
    }

    @Test
    void sabinePassToTokyoGoesThroughPanamaAndAroundItWhenPanamaIsClosed() {
        Route open = route("sabine-pass", "tokyo-bay");
        Route noPanama = route("sabine-pass", "tokyo-bay", "panama");
        Route noPanamaNoSuez = route("sabine-pass", "tokyo-bay", "panama", "suez");

        assertThat(open.chokepointIds()).containsExactly("panama");
        assertThat(open.distanceNm()).isBetween(9200.0, 9400.0);
        assertThat(noPanama.chokepointIds()).containsExactly("suez", "bab-el-mandeb", "malacca");
        assertThat(noPanama.distanceNm()).isBetween(14400.0, 14900.0);
        // Without either canal: around the Cape of Good Hope, then through the Indonesian straits.
        assertThat(noPanamaNoSuez.reachable()).isTrue();
        assertThat(noPanamaNoSuez.chokepointIds()).doesNotContain("panama", "suez", "bab-el-mandeb");
        assertThat(noPanamaNoSuez.distanceNm()).isGreaterThan(noPanama.distanceNm());
    }

    @Test
    void sabinePassToDahejGoesAroundTheCapeWhenBabElMandebIsClosed() {
        Route open = route("sabine-pass", "dahej");
        Route noBab = route("sabine-pass", "dahej", "bab-el-mandeb");

        assertThat(open.chokepointIds()).containsExactly("suez", "bab-el-mandeb");
        assertThat(noBab.reachable()).isTrue();
        assertThat(noBab.passes("suez")).isFalse();
        assertThat(noBab.passes("bab-el-mandeb")).isFalse();
        assertThat(noBab.distanceNm()).isBetween(open.distanceNm() + 2000, open.distanceNm() + 3000);
        // The Cape route passes well south of Africa.
        assertThat(noBab.path()).anyMatch(p -> p.latDeg() < -34.0);
    }

    @Test
    void chokepointsAreReportedInOrderWithIncreasingDistances() {
        Route r = route("sabine-pass", "tokyo-bay", "panama");

        List<ChokepointPassage> passages = r.chokepoints();
        assertThat(passages).hasSize(3);
        for (int i = 1; i < passages.size(); i++) {
            assertThat(passages.get(i).distanceFromOriginNm())
                    .isGreaterThan(passages.get(i - 1).distanceFromOriginNm());
        }
        assertThat(passages.get(passages.size() - 1).distanceFromOriginNm()).isLessThan(r.distanceNm());
        // Hormuz is entered about 260 nm out of Ras Laffan.
        assertThat(route("ras-laffan", "dahej").chokepoints().get(0).distanceFromOriginNm())
                .isBetween(200.0, 320.0);
    }

    @Test
    void eachDefaultBoxCutsItsStraitAndNothingElse() {
        // Malacca: the Singapore Strait, Sunda and Lombok stay open.
        assertThat(route("singapore", "tokyo-bay", "malacca").reachable()).isTrue();
        assertThat(route("ras-laffan", "singapore", "malacca").passes("sunda")).isTrue();
        // Sunda: the Java Sea stays open.
        assertThat(route("jakarta", "singapore", "sunda").distanceNm())
                .isEqualTo(route("jakarta", "singapore").distanceNm());
        // Lombok: Darwin to Japan does not need it.
        assertThat(route("darwin", "tokyo-bay", "lombok", "sunda", "malacca").distanceNm())
                .isEqualTo(route("darwin", "tokyo-bay").distanceNm());
        // Bab-el-Mandeb: Djibouti to India and Jeddah to Port Said stay open.
        assertThat(route("djibouti", "dahej", "bab-el-mandeb").distanceNm())
                .isEqualTo(route("djibouti", "dahej").distanceNm());
        assertThat(route("jeddah", "port-said", "bab-el-mandeb").distanceNm())
                .isEqualTo(route("jeddah", "port-said").distanceNm());
        // Suez: Port Said to Alexandria stays open; Jeddah to Port Said goes around Africa.
        assertThat(route("port-said", "alexandria", "suez").distanceNm())
                .isEqualTo(route("port-said", "alexandria").distanceNm());
        assertThat(route("jeddah", "port-said", "suez").distanceNm())
                .isGreaterThan(route("jeddah", "port-said").distanceNm() + 8000);
        // Panama: Caribbean traffic stays open.
        assertThat(route("cartagena", "houston", "panama").distanceNm())
                .isEqualTo(route("cartagena", "houston").distanceNm());
        // Each box removes a handful of segments, not a region.
        for (ChokepointArea c : GeoFixtures.CHOKEPOINTS) {
            assertThat(router.network().countEdgesTouching(c)).as(c.id()).isBetween(1, 20);
        }
    }

    @Test
    void unknownChokepointIdIsRejected() {
        Assertions.assertThatThrownBy(() -> route("ras-laffan", "dahej", "kiel"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kiel");
    }
}
