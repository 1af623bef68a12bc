package org.lngsim.geo;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shortest sea routes over a {@link SeaLaneNetwork}, with chokepoints that can be closed.
 *
 * <p>Every route is read off a shortest-path tree towards its destination node ({@link
 * DistanceTree}: one Dijkstra run backwards from the target per set of closed chokepoints), shared
 * by every origin bound there: a world has a few dozen ports but ships query from everywhere at
 * sea, and with a strait closed an A* search per query explored most of the ocean each time (the
 * profile of issue 17: 44% of a Hormuz closure's ensemble in port-to-port A*, after the ships at
 * sea had already moved onto trees). Closing a chokepoint removes every segment that
 * touches its area; if that cuts the origin off from the destination the answer is
 * {@link Route#unreachable(String)}, never a detour outside the network.
 *
 * <p>Thread-safe: all state is immutable except the caches, which are concurrent maps.
 */
public final class Router {

    private final SeaLaneNetwork network;
    private final Map<String, ChokepointArea> chokepoints;
    private final Map<String, BitSet> edgesByChokepoint;
    /** Edges removed per set of closed chokepoints (few distinct sets per run). */
    private final Map<Set<String>, BitSet> blockedByClosedSet = new ConcurrentHashMap<>();
    /** Node-to-node results, shared by port queries and ships snapped at sea. */
    private final Map<NodeKey, NodePath> nodePaths = new ConcurrentHashMap<>();
    /** Shortest-path trees towards a target with a set of chokepoints closed: every route's source. */
    private final Map<TreeKey, DistanceTree> trees = new ConcurrentHashMap<>();
    /** Whole port-to-port answers, so a repeated query returns the same {@link Route} instance. */
    private final Map<PointKey, Route> routes = new ConcurrentHashMap<>();
    /** Most routes (and node paths) kept; a full world needs a few thousand. */
    static final int MAX_CACHED = 20_000;
    /**
     * Trees hold two arrays the size of the network each (about 320 kB at 10 km): enough for every
     * port of a world (about 40) under a few closure sets, about 40 MB at most.
     */
    static final int MAX_TREES = 128;

    public Router(SeaLaneNetwork network, Collection<ChokepointArea> chokepoints) {
        this.network = Objects.requireNonNull(network, "network");
        Map<String, ChokepointArea> byId = new LinkedHashMap<>();
        for (ChokepointArea c : chokepoints) {
            if (byId.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate chokepoint id: " + c.id());
            }
        }
        this.chokepoints = Collections.unmodifiableMap(byId);
        Map<String, BitSet> edges = new LinkedHashMap<>();
        for (ChokepointArea c : byId.values()) {
            edges.put(c.id(), network.edgesTouching(c));
        }
        this.edgesByChokepoint = edges;
    }

    public SeaLaneNetwork network() {
        return network;
    }

    /** The chokepoints this router knows, in the order given, by id. */
    public Map<String, ChokepointArea> chokepoints() {
        return chokepoints;
    }

    /** Where {@code p} joins the network; callers reject ports beyond {@link Snap#MAX_SNAP_NM}. */
    public Snap snap(GeoPoint p) {
        return network.nearestNode(p);
    }

    /**
     * Route between two ports with the given chokepoints closed. Cached: the same query (equal
     * points, equal set) returns the same instance.
     */
    public Route route(GeoPoint from, GeoPoint to, Set<String> closedChokepointIds) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Set<String> closed = checkClosed(closedChokepointIds);
        PointKey key = new PointKey(from, to, closed);
        Route cached = routes.get(key);
        if (cached != null) {
            return cached;
        }
        Route computed = compute(from, to, closed);
        if (routes.size() >= MAX_CACHED) {
            // Bounded, so a long sweep cannot grow without limit; routes are pure functions of
            // their query, so dropping them changes speed, never results.
            routes.clear();
        }
        Route raced = routes.putIfAbsent(key, computed);
        return raced != null ? raced : computed;
    }

    /**
     * As {@link #route}, without keeping the answer: for one-off queries from positions at sea,
     * which would only fill the cache.
     */
    public Route routeOnce(GeoPoint from, GeoPoint to, Set<String> closedChokepointIds) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return compute(from, to, checkClosed(closedChokepointIds));
    }

    /**
     * Route for a ship at sea at {@code currentPosition} (e.g. {@link Route#positionAt(double)}
     * of its current route): it joins the network at the nearest node. Not cached by position
     * (ships are everywhere), but the network part is. A ship inside a closed chokepoint area, or
     * cut off by one, gets an unreachable route.
     */
    public Route routeFrom(GeoPoint currentPosition, GeoPoint to, Set<String> closedChokepointIds) {
        Objects.requireNonNull(currentPosition, "currentPosition");
        Objects.requireNonNull(to, "to");
        Set<String> closed = checkClosed(closedChokepointIds);
        Route inside = insideClosedArea(currentPosition, to, closed);
        if (inside != null) {
            return inside;
        }
        // Join the network where the ship is on its lane, not at the nearest node, which on a long
        // ocean leg can lie far behind it.
        SeaLaneNetwork.EdgeSnap at = network.nearestEdgePoint(currentPosition);
        Snap b = network.nearestNode(to);
        GeoPoint bPoint = network.nodePoint(b.nodeIndex());
        for (String id : closed) {
            ChokepointArea c = chokepoints.get(id);
            if (edgesByChokepoint.get(id).get(at.edge())) {
                return Route.unreachable("ship is on a lane of closed chokepoint " + id);
            }
            if (touches(c, currentPosition, at.point()) || touches(c, bPoint, to)) {
                return Route.unreachable("joining the network crosses closed chokepoint " + id);
            }
        }
        NodePath np = pathThroughTree(at, b.nodeIndex(), closed);
        if (np.nodes == null) {
            return unreachableFor(closed);
        }
        List<GeoPoint> points = new ArrayList<>(np.nodes.length + 3);
        points.add(currentPosition);
        addDistinct(points, at.point());
        return finish(points, np, to);
    }

    /**
     * The shortest way from a point on an edge to {@code target}: through whichever end of the edge
     * is nearer the target by the tree (the nearer end from the ship first when both are equal).
     */
    private NodePath pathThroughTree(SeaLaneNetwork.EdgeSnap at, int target, Set<String> closed) {
        DistanceTree tree = tree(target, closed);
        double viaFrom = at.toFromNm() + tree.distanceNm(at.fromNode());
        double viaTo = at.toToNm() + tree.distanceNm(at.toNode());
        int start = viaFrom < viaTo || (viaFrom == viaTo && at.toFromNm() <= at.toToNm()) ? at.fromNode() : at.toNode();
        return new NodePath(Double.isInfinite(Math.min(viaFrom, viaTo)) ? null : tree.pathFrom(start));
    }

    /**
     * The shortest-path tree towards {@code target} with {@code closed} shut, built on first use
     * and shared by every query towards that target: port-to-port routes and ships at sea alike.
     */
    private DistanceTree tree(int target, Set<String> closed) {
        if (trees.size() >= MAX_TREES) {
            // Bounded, so memory stays flat however many closure sets a sweep tries; trees are pure
            // functions of their key, so dropping them changes speed, never results.
            trees.clear();
        }
        return trees.computeIfAbsent(new TreeKey(target, closed),
                k -> DistanceTree.towards(network, k.target(), blocked(k.closed())));
    }

    private Route insideClosedArea(GeoPoint from, GeoPoint to, Set<String> closed) {
        for (String id : closed) {
            ChokepointArea c = chokepoints.get(id);
            if (c.contains(from)) {
                return Route.unreachable("origin lies inside closed chokepoint " + id);
            }
            if (c.contains(to)) {
                return Route.unreachable("destination lies inside closed chokepoint " + id);
            }
        }
        return null;
    }

    private static Route unreachableFor(Set<String> closed) {
        return Route.unreachable("no sea route with " + (closed.isEmpty() ? "no closures"
                : "closed " + closed.stream().sorted().toList()));
    }

    private Route finish(List<GeoPoint> points, NodePath np, GeoPoint to) {
        for (int node : np.nodes) {
            addDistinct(points, network.nodePoint(node));
        }
        addDistinct(points, to);
        return Route.reachable(points, passages(points));
    }

    private Set<String> checkClosed(Set<String> closedChokepointIds) {
        Objects.requireNonNull(closedChokepointIds, "closedChokepointIds");
        for (String id : closedChokepointIds) {
            if (!chokepoints.containsKey(id)) {
                throw new IllegalArgumentException("unknown chokepoint id: " + id
                        + " (known: " + chokepoints.keySet() + ")");
            }
        }
        return Set.copyOf(closedChokepointIds);
    }

    private Route compute(GeoPoint from, GeoPoint to, Set<String> closed) {
        Route inside = insideClosedArea(from, to, closed);
        if (inside != null) {
            return inside;
        }
        Snap a = network.nearestNode(from);
        Snap b = network.nearestNode(to);
        GeoPoint aPoint = network.nodePoint(a.nodeIndex());
        GeoPoint bPoint = network.nodePoint(b.nodeIndex());
        for (String id : closed) {
            ChokepointArea c = chokepoints.get(id);
            // Joining the network must not jump across a closed strait either.
            if (touches(c, from, aPoint) || touches(c, bPoint, to)) {
                return Route.unreachable("joining the network crosses closed chokepoint " + id);
            }
        }
        if (nodePaths.size() >= MAX_CACHED) {
            nodePaths.clear();
        }
        NodePath np = nodePaths.computeIfAbsent(new NodeKey(a.nodeIndex(), b.nodeIndex(), closed),
                k -> new NodePath(tree(k.to, k.closed).pathFrom(k.from)));
        if (np.nodes == null) {
            return unreachableFor(closed);
        }
        List<GeoPoint> points = new ArrayList<>(np.nodes.length + 2);
        points.add(from);
        return finish(points, np, to);
    }

    private static void addDistinct(List<GeoPoint> points, GeoPoint p) {
        if (!points.get(points.size() - 1).equals(p)) {
            points.add(p);
        }
    }

    private static boolean touches(ChokepointArea c, GeoPoint p, GeoPoint q) {
        return c.touches(p.lonDeg(), p.latDeg(), q.lonDeg(), q.latDeg());
    }

    /** First entry into each chokepoint area along the path, sorted by distance. */
    private List<ChokepointPassage> passages(List<GeoPoint> points) {
        List<ChokepointPassage> out = new ArrayList<>();
        for (ChokepointArea c : chokepoints.values()) {
            double sailedNm = 0.0;
            for (int i = 0; i + 1 < points.size(); i++) {
                GeoPoint p = points.get(i);
                GeoPoint q = points.get(i + 1);
                double segNm = p.distanceNmTo(q);
                double f = c.entryFraction(p.lonDeg(), p.latDeg(), q.lonDeg(), q.latDeg());
                if (!Double.isNaN(f)) {
                    out.add(new ChokepointPassage(c.id(), sailedNm + f * segNm));
                    break;
                }
                sailedNm += segNm;
            }
        }
        out.sort(Comparator.comparingDouble(ChokepointPassage::distanceFromOriginNm)
                .thenComparing(ChokepointPassage::id));
        return out;
    }

    private BitSet blocked(Set<String> closed) {
        return blockedByClosedSet.computeIfAbsent(closed, set -> {
            BitSet union = new BitSet(network.edgeCount());
            for (String id : set) {
                union.or(edgesByChokepoint.get(id));
            }
            return union;
        });
    }

    private record NodeKey(int from, int to, Set<String> closed) {
    }

    private record TreeKey(int target, Set<String> closed) {
    }

    private record PointKey(GeoPoint from, GeoPoint to, Set<String> closed) {
    }

    /** Nodes from origin to destination, or null nodes when unreachable. Never mutated. */
    private record NodePath(int[] nodes) {
    }
}
