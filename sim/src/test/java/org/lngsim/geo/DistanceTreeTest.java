package org.lngsim.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reverse shortest-path tree against the router's own A* search, computed independently: the
 * same sea distance from every origin, whether a strait is open or closed.
 */
class DistanceTreeTest {

    private final Router router = GeoFixtures.router();
    private final SeaLaneNetwork network = router.network();

    @Test
    void every_origins_distance_by_the_tree_is_the_a_star_distance_with_hormuz_open_or_closed() {
        int dahej = network.nearestNode(GeoFixtures.port("dahej")).nodeIndex();
        for (Set<String> closed : List.of(Set.<String>of(), Set.of("hormuz"), Set.of("malacca", "sunda"))) {
            DistanceTree tree = DistanceTree.towards(network, dahej, blockedBy(closed));
            for (String origin : List.of("qalhat", "sabine-pass", "darwin", "bintulu", "tokyo-bay", "kochi")) {
                int from = network.nearestNode(GeoFixtures.port(origin)).nodeIndex();
                Route aStar = router.routeOnce(network.nodePoint(from), network.nodePoint(dahej), closed);

                assertThat(tree.distanceNm(from)).as(origin + " with " + closed)
                        .isCloseTo(aStar.distanceNm(), within(1e-6 * aStar.distanceNm()));
                assertThat(pathLengthNm(tree.pathFrom(from))).isCloseTo(tree.distanceNm(from), within(1e-6));
            }
        }
    }

    @Test
    void an_origin_cut_off_by_a_closure_has_no_distance_and_no_path() {
        int dahej = network.nearestNode(GeoFixtures.port("dahej")).nodeIndex();
        int rasLaffan = network.nearestNode(GeoFixtures.port("ras-laffan")).nodeIndex();

        DistanceTree tree = DistanceTree.towards(network, dahej, blockedBy(Set.of("hormuz")));

        assertThat(tree.distanceNm(rasLaffan)).isInfinite();
        assertThat(tree.pathFrom(rasLaffan)).isNull();
        assertThat(tree.pathFrom(dahej)).containsExactly(dahej);
    }

    private BitSet blockedBy(Set<String> closed) {
        BitSet blocked = new BitSet(network.edgeCount());
        for (int edge = 0; edge < network.edgeCount(); edge++) {
            for (String id : closed) {
                ChokepointArea c = router.chokepoints().get(id);
                int a = network.edgeFromNode(edge);
                int b = network.edgeToNode(edge);
                if (c.touches(network.nodeLonDeg(a), network.nodeLatDeg(a), network.nodeLonDeg(b), network.nodeLatDeg(b))) {
                    blocked.set(edge);
                }
            }
        }
        return blocked;
    }

    /** Sum of great-circle lengths along consecutive nodes (the network's arc lengths are great circles). */
    private double pathLengthNm(int[] nodes) {
        double sum = 0;
        for (int i = 0; i + 1 < nodes.length; i++) {
            sum += network.nodePoint(nodes[i]).distanceNmTo(network.nodePoint(nodes[i + 1]));
        }
        return sum;
    }
}
