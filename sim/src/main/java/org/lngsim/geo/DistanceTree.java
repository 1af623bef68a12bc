package org.lngsim.geo;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Every node's sea distance to one target node, and its next node towards it, with some edges
 * blocked: one full Dijkstra run backwards from the target (the lanes are undirected, so the
 * reverse graph is the graph). Built once per target and set of closed chokepoints, it answers
 * every ship at sea bound for that target in the time of walking its path — where a search per
 * ship, with a strait closed and the straight-line bound of A* far off the true way round, explores
 * most of the ocean each time (issue 17's profile: two thirds of a Hormuz closure's run time).
 * Immutable once built.
 */
final class DistanceTree {

    private final int target;
    private final double[] distNm;
    private final int[] next;

    private DistanceTree(int target, double[] distNm, int[] next) {
        this.target = target;
        this.distNm = distNm;
        this.next = next;
    }

    /** The tree of shortest paths to {@code target} over {@code network} without {@code blockedEdges}. */
    static DistanceTree towards(SeaLaneNetwork network, int target, BitSet blockedEdges) {
        int n = network.nodeCount();
        double[] dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        int[] next = new int[n];
        Arrays.fill(next, -1);
        boolean[] settled = new boolean[n];
        NodeHeap heap = new NodeHeap(1024);
        dist[target] = 0.0;
        heap.push(0.0, target);
        while (!heap.isEmpty()) {
            int u = heap.popNode();
            if (settled[u]) {
                continue;
            }
            settled[u] = true;
            for (int arc = network.arcStart(u), end = network.arcEnd(u); arc < end; arc++) {
                if (blockedEdges.get(network.arcEdge(arc))) {
                    continue;
                }
                int v = network.arcTarget(arc);
                double d = dist[u] + network.arcLengthNm(arc);
                if (d < dist[v]) {
                    dist[v] = d;
                    next[v] = u;
                    heap.push(d, v);
                }
            }
        }
        return new DistanceTree(target, dist, next);
    }

    /** The sea distance from {@code node} to the target; infinite when cut off. */
    double distanceNm(int node) {
        return distNm[node];
    }

    /** The nodes from {@code node} to the target, both included; null when cut off. */
    int[] pathFrom(int node) {
        if (Double.isInfinite(distNm[node])) {
            return null;
        }
        int count = 1;
        for (int v = node; v != target; v = next[v]) {
            count++;
        }
        int[] nodes = new int[count];
        int i = 0;
        for (int v = node; v != target; v = next[v]) {
            nodes[i++] = v;
        }
        nodes[i] = target;
        return nodes;
    }
}
