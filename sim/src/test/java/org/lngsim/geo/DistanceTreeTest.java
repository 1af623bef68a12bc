package org.lngsim.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reverse shortest-path tree, which every route is now read from, against an A* search forward
 * from the origin written here (the router's search before issue 17): the same sea distance from
 * every origin and the same lanes between the world's ports, whether a strait is open or closed.
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
                double aStarNm = pathLengthNm(aStar(from, dahej, blockedBy(closed)));

                assertThat(tree.distanceNm(from)).as(origin + " with " + closed)
                        .isCloseTo(aStarNm, within(1e-6 * aStarNm));
                assertThat(pathLengthNm(tree.pathFrom(from))).isCloseTo(tree.distanceNm(from), within(1e-6));
            }
        }
    }

    /**
     * Routes moved from a forward A* search onto the trees; in an exact tie of two ways the two
     * searches could pick different lanes, and every output of a run would move. None of the
     * world's ports has such a tie, open or closed.
     */
    @Test
    void every_route_between_the_worlds_ports_sails_the_lanes_the_forward_search_finds() {
        List<String> ports = GeoFixtures.LNG_PORTS.stream().sorted().toList();
        int compared = 0;
        for (Set<String> closed : List.of(Set.<String>of(), Set.of("hormuz"), Set.of("bab-el-mandeb", "suez"),
                Set.of("malacca"), Set.of("panama"))) {
            BitSet blocked = blockedBy(closed);
            for (String from : ports) {
                for (String to : ports) {
                    if (from.equals(to)) {
                        continue;
                    }
                    Route route = router.route(GeoFixtures.port(from), GeoFixtures.port(to), closed);
                    int a = network.nearestNode(GeoFixtures.port(from)).nodeIndex();
                    int b = network.nearestNode(GeoFixtures.port(to)).nodeIndex();
                    int[] expected = aStar(a, b, blocked);
                    if (expected == null) {
                        assertThat(route.reachable()).as(from + " -> " + to + " with " + closed).isFalse();
                        continue;
                    }
                    assertThat(route.reachable()).as(from + " -> " + to + " with " + closed).isTrue();
                    List<GeoPoint> lanes = route.path().subList(1, route.path().size() - 1);
                    assertThat(lanes).as(from + " -> " + to + " with " + closed)
                            .containsExactlyElementsOf(java.util.Arrays.stream(expected)
                                    .mapToObj(network::nodePoint).toList());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(300);
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

    /**
     * A* forward from {@code source} with the chord through the Earth as its bound; the node
     * sequence, or null when cut off.
     */
    private int[] aStar(int source, int target, BitSet blockedEdges) {
        int n = network.nodeCount();
        double[] dist = new double[n];
        java.util.Arrays.fill(dist, Double.POSITIVE_INFINITY);
        int[] prev = new int[n];
        boolean[] settled = new boolean[n];
        NodeHeap heap = new NodeHeap(1024);
        dist[source] = 0.0;
        prev[source] = -1;
        heap.push(chordNm(source, target), source);
        while (!heap.isEmpty()) {
            int u = heap.popNode();
            if (settled[u]) {
                continue;
            }
            settled[u] = true;
            if (u == target) {
                break;
            }
            for (int arc = network.arcStart(u), end = network.arcEnd(u); arc < end; arc++) {
                if (blockedEdges.get(network.arcEdge(arc))) {
                    continue;
                }
                int v = network.arcTarget(arc);
                double d = dist[u] + network.arcLengthNm(arc);
                if (d < dist[v]) {
                    dist[v] = d;
                    prev[v] = u;
                    heap.push(d + chordNm(v, target), v);
                }
            }
        }
        if (!settled[target]) {
            return null;
        }
        java.util.ArrayDeque<Integer> path = new java.util.ArrayDeque<>();
        for (int v = target; v != -1; v = prev[v]) {
            path.addFirst(v);
        }
        return path.stream().mapToInt(Integer::intValue).toArray();
    }

    private double chordNm(int node, int target) {
        double[] u = unit(node);
        double[] t = unit(target);
        double dx = u[0] - t[0];
        double dy = u[1] - t[1];
        double dz = u[2] - t[2];
        return GeoPoint.EARTH_RADIUS_NM * Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    private double[] unit(int node) {
        double phi = Math.toRadians(network.nodeLatDeg(node));
        double lambda = Math.toRadians(network.nodeLonDeg(node));
        return new double[] {Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)};
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
