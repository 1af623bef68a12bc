package org.lngsim.geo;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The MARNET sea-lane graph of one resolution, held in primitive arrays.
 *
 * <p>Every vertex of every MARNET line is a node (lines are joined where their rounded coordinates
 * coincide) and every straight piece between two vertices is an undirected edge weighted by its
 * great-circle length. Keeping segments, not whole lines, as edges means a chokepoint closure
 * removes exactly the pieces inside its area and a ship can be snapped anywhere along a lane.
 *
 * <p>Adjacency is compressed sparse rows: the arcs leaving node {@code i} are
 * {@code arcTarget[arcStart[i] .. arcStart[i+1])}. Instances are immutable and thread-safe.
 */
public final class SeaLaneNetwork {

    /** The resolution chosen for the simulator; see package-info for the measurements behind it. */
    public static final MarnetResolution DEFAULT_RESOLUTION = MarnetResolution.KM_10;

    /** Coordinates are merged when equal after rounding to 1e-5 degrees (about 1 m). */
    private static final double COORD_SCALE = 1e5;

    /** Grid index cell size; 1 degree keeps cells small (tens of nodes) at every resolution. */
    private static final int GRID_COLS = 360;
    private static final int GRID_ROWS = 180;

    /**
     * One network per resolution for the whole process: loading costs tens to hundreds of ms.
     * Bounded by its key: at most one network per {@link MarnetResolution} (five).
     */
    private static final Map<MarnetResolution, SeaLaneNetwork> SHARED = new ConcurrentHashMap<>();

    private final MarnetResolution resolution;
    private final double[] nodeLat;
    private final double[] nodeLon;
    private final int[] arcStart;
    private final int[] arcTarget;
    private final int[] arcEdge;
    private final double[] arcLengthNm;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    /** Nodes of the largest connected component: the only ones positions snap to. */
    private final BitSet mainComponent;
    private final int[] cellStart;
    private final int[] cellNodes;
    /** Each node as a unit vector (as {@link #unit} gives it), for the nearest-lane scan. */
    private final double[] unitX;
    private final double[] unitY;
    private final double[] unitZ;
    /** Each edge's chord through the Earth between its unit vectors. */
    private final double[] edgeChord;
    /** Main-component edges by the 1-degree cells their lat/lon boxes cover (CSR). */
    private final int[] edgeCellStart;
    private final int[] edgeCellItems;
    /** Main-component edges that cross the antimeridian, checked for every position. */
    private final int[] antimeridianEdges;
    /** Each edge's great circle as a unit normal (0 for a degenerate edge: never skipped by it). */
    private final double[] normalX;
    private final double[] normalY;
    private final double[] normalZ;

    private SeaLaneNetwork(MarnetResolution resolution, double[] nodeLat, double[] nodeLon,
                           int[] edgeFrom, int[] edgeTo) {
        this.resolution = resolution;
        this.nodeLat = nodeLat;
        this.nodeLon = nodeLon;
        this.edgeFrom = edgeFrom;
        this.edgeTo = edgeTo;
        int n = nodeLat.length;
        int m = edgeFrom.length;
        arcStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            arcStart[edgeFrom[e] + 1]++;
            arcStart[edgeTo[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            arcStart[i + 1] += arcStart[i];
        }
        arcTarget = new int[2 * m];
        arcEdge = new int[2 * m];
        arcLengthNm = new double[2 * m];
        int[] fill = Arrays.copyOf(arcStart, n);
        for (int e = 0; e < m; e++) {
            int a = edgeFrom[e];
            int b = edgeTo[e];
            double len = GeoPoint.greatCircleNm(nodeLat[a], nodeLon[a], nodeLat[b], nodeLon[b]);
            int ia = fill[a]++;
            arcTarget[ia] = b;
            arcEdge[ia] = e;
            arcLengthNm[ia] = len;
            int ib = fill[b]++;
            arcTarget[ib] = a;
            arcEdge[ib] = e;
            arcLengthNm[ib] = len;
        }
        mainComponent = largestComponent();
        unitX = new double[n];
        unitY = new double[n];
        unitZ = new double[n];
        for (int i = 0; i < n; i++) {
            double[] u = unit(nodeLat[i], nodeLon[i]);
            unitX[i] = u[0];
            unitY[i] = u[1];
            unitZ[i] = u[2];
        }
        EdgeGrid grid = indexEdges();
        edgeCellStart = grid.cellStart();
        edgeCellItems = grid.items();
        antimeridianEdges = grid.antimeridian();
        edgeChord = new double[m];
        normalX = new double[m];
        normalY = new double[m];
        normalZ = new double[m];
        for (int e = 0; e < m; e++) {
            double[] av = {unitX[edgeFrom[e]], unitY[edgeFrom[e]], unitZ[edgeFrom[e]]};
            double[] bv = {unitX[edgeTo[e]], unitY[edgeTo[e]], unitZ[edgeTo[e]]};
            edgeChord[e] = chordTo(av, edgeTo[e]);
            double[] normal = cross(av, bv);
            double length = norm(normal);
            if (length >= 1e-12) {
                normalX[e] = normal[0] / length;
                normalY[e] = normal[1] / length;
                normalZ[e] = normal[2] / length;
            }
        }
        int cells = GRID_COLS * GRID_ROWS;
        cellStart = new int[cells + 1];
        for (int i = mainComponent.nextSetBit(0); i >= 0; i = mainComponent.nextSetBit(i + 1)) {
            cellStart[cellOf(nodeLat[i], nodeLon[i]) + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        cellNodes = new int[cellStart[cells]];
        int[] cellFill = Arrays.copyOf(cellStart, cells);
        for (int i = mainComponent.nextSetBit(0); i >= 0; i = mainComponent.nextSetBit(i + 1)) {
            cellNodes[cellFill[cellOf(nodeLat[i], nodeLon[i])]++] = i;
        }
    }

    /**
     * Loads the network: from its binary copy in the shared cache ({@link NetworkFile}) when there
     * is a good one, else from the MARNET GeoPackage on the classpath, writing the copy for the
     * next process. Both give the same arrays bit for bit.
     */
    public static SeaLaneNetwork load(MarnetResolution resolution) {
        Objects.requireNonNull(resolution, "resolution");
        NetworkFile.Arrays a = NetworkFile.load(resolution, () -> readGeoPackage(resolution));
        return new SeaLaneNetwork(resolution, a.nodeLat(), a.nodeLon(), a.edgeFrom(), a.edgeTo());
    }

    /** Builds the network's arrays from the MARNET GeoPackage, ignoring any cached copy. */
    static NetworkFile.Arrays readGeoPackage(MarnetResolution resolution) {
        Builder b = new Builder();
        MarnetReader.readLines(resolution, b::addLine);
        return b.arrays();
    }

    /** The process-wide network of this resolution, loaded on first use (thread-safe). */
    public static SeaLaneNetwork shared(MarnetResolution resolution) {
        return SHARED.computeIfAbsent(resolution, SeaLaneNetwork::load);
    }

    /** The process-wide network of {@link #DEFAULT_RESOLUTION}. */
    public static SeaLaneNetwork shared() {
        return shared(DEFAULT_RESOLUTION);
    }

    public MarnetResolution resolution() {
        return resolution;
    }

    public int nodeCount() {
        return nodeLat.length;
    }

    /** Number of undirected edges (straight segments between two nodes). */
    public int edgeCount() {
        return edgeFrom.length;
    }

    /** First node of undirected edge {@code edge} (read-only access for drawing the network). */
    public int edgeFromNode(int edge) {
        return edgeFrom[edge];
    }

    /** Second node of undirected edge {@code edge}. */
    public int edgeToNode(int edge) {
        return edgeTo[edge];
    }

    public double nodeLatDeg(int node) {
        return nodeLat[node];
    }

    public double nodeLonDeg(int node) {
        return nodeLon[node];
    }

    public GeoPoint nodePoint(int node) {
        return new GeoPoint(nodeLat[node], nodeLon[node]);
    }

    /** True if the node belongs to the largest connected part of the network. */
    public boolean inMainComponent(int node) {
        return mainComponent.get(node);
    }

    /**
     * The nearest node of the main network component to {@code p}, by great-circle distance. A
     * ring search over a 1-degree grid; stops once no unvisited cell can hold a closer node.
     */
    public Snap nearestNode(GeoPoint p) {
        Objects.requireNonNull(p, "p");
        int row0 = row(p.latDeg());
        int col0 = col(p.lonDeg());
        int best = -1;
        double bestNm = Double.POSITIVE_INFINITY;
        for (int r = 0; r <= GRID_COLS / 2; r++) {
            for (int dr = -r; dr <= r; dr++) {
                int row = row0 + dr;
                if (row < 0 || row >= GRID_ROWS) {
                    continue;
                }
                boolean edgeRow = Math.abs(dr) == r;
                for (int dc = -r; dc <= r; dc += edgeRow ? 1 : Math.max(1, 2 * r)) {
                    int cell = row * GRID_COLS + Math.floorMod(col0 + dc, GRID_COLS);
                    for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                        int node = cellNodes[k];
                        double d = GeoPoint.greatCircleNm(p.latDeg(), p.lonDeg(), nodeLat[node], nodeLon[node]);
                        if (d < bestNm || (d == bestNm && node < best)) {
                            bestNm = d;
                            best = node;
                        }
                    }
                }
            }
            // Any node outside rings 0..r is at least r whole cells away in latitude or longitude;
            // a degree of longitude is shortest at the highest latitude the next ring reaches.
            double maxLat = Math.min(89.0, Math.abs(p.latDeg()) + r + 1);
            double lowerBoundNm = r * 60.0 * Math.cos(Math.toRadians(maxLat));
            if (best >= 0 && bestNm <= lowerBoundNm) {
                break;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("network has no nodes");
        }
        return new Snap(best, bestNm);
    }

    /**
     * The nearest point on any lane of the main component: where a ship at sea actually is on the
     * network. A scan over the edges; routers use it only for ships at sea, whose nearest node may
     * lie hundreds of miles behind them on a long ocean leg. Among edges at exactly the same
     * distance the lowest-numbered wins.
     *
     * <p>Cheap tests skip the edges that cannot win before any trigonometry: the lat/lon box
     * widened by the nearest node's distance, then two bounds against the nearest edge so far
     * (seeded with the edges at the nearest node): no point of edge ab is nearer p than its great
     * circle (one dot product with the circle's normal), nor than |p−a| − |a−b| (chords through
     * the Earth); this scan was a quarter of a Hormuz closure's run time (issue 17). A skipped
     * edge is farther than one kept by a margin far above rounding, so the answer is the one the
     * full scan gives.
     */
    EdgeSnap nearestEdgePoint(GeoPoint p) {
        double[] pv = unit(p.latDeg(), p.lonDeg());
        // The nearest node bounds the answer; edges whose lat/lon box, widened by that bound, does not
        // hold p cannot be nearer, so most edges are skipped with four comparisons.
        Snap nearest = nearestNode(p);
        double boundDeg = Math.toDegrees(nearest.distanceNm() / GeoPoint.EARTH_RADIUS_NM) * 1.01 + 1e-9;
        double lonBoundDeg = boundDeg / Math.max(0.01, Math.cos(Math.toRadians(Math.min(89.0, Math.abs(p.latDeg()) + boundDeg))));
        double seedRad = Double.POSITIVE_INFINITY;
        for (int arc = arcStart[nearest.nodeIndex()]; arc < arcStart[nearest.nodeIndex() + 1]; arc++) {
            // Only an edge the scan itself considers may bound it (the box test skips some edges
            // along the antimeridian even at the nearest node).
            if (!outsideBox(arcEdge[arc], p, boundDeg, lonBoundDeg)) {
                seedRad = Math.min(seedRad, radTo(pv, arcEdge[arc]));
            }
        }
        double bestRad = Double.POSITIVE_INFINITY;
        int bestEdge = -1;
        double skipBeyondChord = skipChord(seedRad);
        double skipBeyondSine = skipSine(seedRad);
        // Only edges filed under the cells the widened box covers can pass it; visited in edge
        // order, as the scan over every edge visited them, so ties fall the same way.
        int[] candidates = edgesNear(p, boundDeg, lonBoundDeg);
        for (int e : candidates) {
            int a = edgeFrom[e];
            if (!mainComponent.get(a)) {
                continue;
            }
            if (outsideBox(e, p, boundDeg, lonBoundDeg)) {
                continue;
            }
            if (Math.abs(pv[0] * normalX[e] + pv[1] * normalY[e] + pv[2] * normalZ[e]) > skipBeyondSine
                    || chordTo(pv, a) - edgeChord[e] > skipBeyondChord) {
                continue;
            }
            double rad = radTo(pv, e);
            if (rad < bestRad) {
                bestRad = rad;
                bestEdge = e;
                skipBeyondChord = Math.min(skipBeyondChord, skipChord(rad));
                skipBeyondSine = Math.min(skipBeyondSine, skipSine(rad));
            }
        }
        if (bestEdge < 0) {
            throw new IllegalStateException("network has no edges");
        }
        int a = edgeFrom[bestEdge];
        int b = edgeTo[bestEdge];
        double bestFraction = fractionOn(pv, bestEdge);
        GeoPoint onLane = GeoPoint.interpolate(nodePoint(a), nodePoint(b), bestFraction);
        double lengthNm = GeoPoint.greatCircleNm(nodeLat[a], nodeLon[a], nodeLat[b], nodeLon[b]);
        return new EdgeSnap(bestEdge, a, b, bestFraction * lengthNm, (1.0 - bestFraction) * lengthNm,
                onLane, p.distanceNmTo(onLane));
    }

    /**
     * The chord beyond which an edge cannot beat one at {@code rad}: that angle's chord plus a
     * margin (1e-9 of the Earth's radius, about 2 mm) far above the rounding of either.
     */
    private static double skipChord(double rad) {
        return Double.isInfinite(rad) ? Double.POSITIVE_INFINITY : 2.0 * Math.sin(Math.min(rad, Math.PI) / 2.0) + 1e-9;
    }

    /**
     * The sine beyond which an edge's great circle, and so the edge, is farther than {@code rad}:
     * a point whose dot product with the circle's unit normal is k lies asin(|k|) from the circle.
     * No bound past a quarter circle (the sine falls again); the same margin as the chord's.
     */
    private static double skipSine(double rad) {
        return rad >= Math.PI / 2 ? Double.POSITIVE_INFINITY : Math.sin(rad) + 1e-9;
    }

    /** Chord from unit vector {@code pv} to node {@code n}. */
    private double chordTo(double[] pv, int n) {
        double dx = pv[0] - unitX[n];
        double dy = pv[1] - unitY[n];
        double dz = pv[2] - unitZ[n];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** The angle from {@code pv} to the nearest point of edge {@code e}, in radians. */
    private double radTo(double[] pv, int e) {
        return onEdge(pv, e, false);
    }

    /** Where on edge {@code e} (0 at its first node, 1 at its second) the nearest point to {@code pv} is. */
    private double fractionOn(double[] pv, int e) {
        return onEdge(pv, e, true);
    }

    /** The nearest point of edge {@code e} to {@code pv}: its angle, or its fraction along the edge. */
    private double onEdge(double[] pv, int e, boolean fractionWanted) {
        int a = edgeFrom[e];
        int b = edgeTo[e];
        double[] av = {unitX[a], unitY[a], unitZ[a]};
        double[] bv = {unitX[b], unitY[b], unitZ[b]};
        double[] n = cross(av, bv);
        double nLen = norm(n);
        double da = angle(pv, av);
        double db = angle(pv, bv);
        if (nLen >= 1e-15) {
            double[] nh = {n[0] / nLen, n[1] / nLen, n[2] / nLen};
            double k = dot(pv, nh);
            double[] c = {pv[0] - k * nh[0], pv[1] - k * nh[1], pv[2] - k * nh[2]};
            double cLen = norm(c);
            boolean between = cLen > 1e-15
                    && dot(cross(av, c), nh) >= 0.0 && dot(cross(c, bv), nh) >= 0.0;
            if (between) {
                c = new double[] {c[0] / cLen, c[1] / cLen, c[2] / cLen};
                return fractionWanted ? angle(av, c) / angle(av, bv) : angle(pv, c);
            }
        }
        return fractionWanted ? (da <= db ? 0.0 : 1.0) : Math.min(da, db);
    }

    /**
     * Every edge whose lat/lon box can meet p's box widened by the bounds (a cell more on each
     * side, against rounding at cell borders), with the antimeridian edges, which the box test
     * never skips by longitude: a superset of the edges {@link #outsideBox} lets through, sorted
     * and without repeats.
     */
    private int[] edgesNear(GeoPoint p, double boundDeg, double lonBoundDeg) {
        int rowFrom = Math.max(0, row(p.latDeg() - boundDeg) - 1);
        int rowTo = Math.min(GRID_ROWS - 1, row(p.latDeg() + boundDeg) + 1);
        int colFrom = 0;
        int colTo = GRID_COLS - 1;
        if (lonBoundDeg < 180) {
            colFrom = Math.max(0, (int) Math.floor(p.lonDeg() - lonBoundDeg + 180.0) - 1);
            colTo = Math.min(GRID_COLS - 1, (int) Math.floor(p.lonDeg() + lonBoundDeg + 180.0) + 1);
        }
        int count = antimeridianEdges.length;
        for (int r = rowFrom; r <= rowTo; r++) {
            count += edgeCellStart[r * GRID_COLS + colTo + 1] - edgeCellStart[r * GRID_COLS + colFrom];
        }
        int[] found = Arrays.copyOf(antimeridianEdges, count);
        int n = antimeridianEdges.length;
        for (int r = rowFrom; r <= rowTo; r++) {
            int from = edgeCellStart[r * GRID_COLS + colFrom];
            int to = edgeCellStart[r * GRID_COLS + colTo + 1];
            System.arraycopy(edgeCellItems, from, found, n, to - from);
            n += to - from;
        }
        Arrays.sort(found);
        int distinct = 0;
        for (int i = 0; i < found.length; i++) {
            if (i == 0 || found[i] != found[i - 1]) {
                found[distinct++] = found[i];
            }
        }
        return Arrays.copyOf(found, distinct);
    }

    /** Main-component edges by grid cell (CSR), and those crossing the antimeridian apart. */
    private record EdgeGrid(int[] cellStart, int[] items, int[] antimeridian) {
    }

    /** Files each main-component edge under every grid cell its lat/lon box covers (antimeridian edges apart). */
    private EdgeGrid indexEdges() {
        int cells = GRID_COLS * GRID_ROWS;
        int[] start = new int[cells + 1];
        int[] items = new int[0];
        int[] antimeridianList = new int[0];
        int antimeridian = 0;
        for (int pass = 0; pass < 2; pass++) {
            int[] fill = pass == 0 ? null : Arrays.copyOf(start, cells);
            for (int e = 0; e < edgeFrom.length; e++) {
                int a = edgeFrom[e];
                int b = edgeTo[e];
                if (!mainComponent.get(a)) {
                    continue;
                }
                if (Math.abs(nodeLon[a] - nodeLon[b]) > 180) {
                    if (pass == 1) {
                        antimeridianList[antimeridian] = e;
                    }
                    antimeridian++;
                    continue;
                }
                int r0 = row(Math.min(nodeLat[a], nodeLat[b]));
                int r1 = row(Math.max(nodeLat[a], nodeLat[b]));
                int c0 = col(Math.min(nodeLon[a], nodeLon[b]));
                int c1 = col(Math.max(nodeLon[a], nodeLon[b]));
                for (int r = r0; r <= r1; r++) {
                    for (int c = c0; c <= c1; c++) {
                        int cell = r * GRID_COLS + c;
                        if (pass == 0) {
                            start[cell + 1]++;
                        } else {
                            items[fill[cell]++] = e;
                        }
                    }
                }
            }
            if (pass == 0) {
                for (int c = 0; c < cells; c++) {
                    start[c + 1] += start[c];
                }
                items = new int[start[cells]];
                antimeridianList = new int[antimeridian];
                antimeridian = 0;
            }
        }
        return new EdgeGrid(start, items, antimeridianList);
    }

    /** Whether p lies outside edge e's lat/lon box widened by the bounds (never for antimeridian edges). */
    private boolean outsideBox(int e, GeoPoint p, double boundDeg, double lonBoundDeg) {
        double latA = nodeLat[edgeFrom[e]];
        double latB = nodeLat[edgeTo[e]];
        if (p.latDeg() < Math.min(latA, latB) - boundDeg || p.latDeg() > Math.max(latA, latB) + boundDeg) {
            return true;
        }
        double lonA = nodeLon[edgeFrom[e]];
        double lonB = nodeLon[edgeTo[e]];
        if (Math.abs(lonA - lonB) > 180 || lonBoundDeg >= 180) {
            return false;
        }
        return p.lonDeg() < Math.min(lonA, lonB) - lonBoundDeg || p.lonDeg() > Math.max(lonA, lonB) + lonBoundDeg;
    }

    /** A point on edge {@code edge}, {@code toFromNm} from its first node and {@code toToNm} from its second. */
    record EdgeSnap(int edge, int fromNode, int toNode, double toFromNm, double toToNm, GeoPoint point,
                    double distanceNm) {
    }

    private static double[] unit(double latDeg, double lonDeg) {
        double phi = Math.toRadians(latDeg);
        double lam = Math.toRadians(lonDeg);
        return new double[] {Math.cos(phi) * Math.cos(lam), Math.cos(phi) * Math.sin(lam), Math.sin(phi)};
    }

    private static double[] cross(double[] u, double[] v) {
        return new double[] {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    }

    private static double dot(double[] u, double[] v) {
        return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    }

    private static double norm(double[] u) {
        return Math.sqrt(dot(u, u));
    }

    private static double angle(double[] u, double[] v) {
        return Math.atan2(norm(cross(u, v)), dot(u, v));
    }

    // --- package-private access for the router -------------------------------------------------

    int arcStart(int node) {
        return arcStart[node];
    }

    int arcEnd(int node) {
        return arcStart[node + 1];
    }

    int arcTarget(int arc) {
        return arcTarget[arc];
    }

    int arcEdge(int arc) {
        return arcEdge[arc];
    }

    double arcLengthNm(int arc) {
        return arcLengthNm[arc];
    }

    /** The undirected edges whose segment touches the chokepoint's area. */
    BitSet edgesTouching(ChokepointArea chokepoint) {
        BitSet touched = new BitSet(edgeFrom.length);
        for (int e = 0; e < edgeFrom.length; e++) {
            int a = edgeFrom[e];
            int b = edgeTo[e];
            if (chokepoint.touches(nodeLon[a], nodeLat[a], nodeLon[b], nodeLat[b])) {
                touched.set(e);
            }
        }
        return touched;
    }

    /** How many network segments closing this chokepoint would remove (for checking areas). */
    public int countEdgesTouching(ChokepointArea chokepoint) {
        return edgesTouching(chokepoint).cardinality();
    }

    private BitSet largestComponent() {
        int n = nodeLat.length;
        int[] comp = new int[n];
        Arrays.fill(comp, -1);
        int[] stack = new int[n];
        int bestComp = -1;
        int bestSize = 0;
        int next = 0;
        for (int s = 0; s < n; s++) {
            if (comp[s] >= 0) {
                continue;
            }
            int size = 0;
            int top = 0;
            stack[top++] = s;
            comp[s] = next;
            while (top > 0) {
                int u = stack[--top];
                size++;
                for (int a = arcStart[u]; a < arcStart[u + 1]; a++) {
                    int v = arcTarget[a];
                    if (comp[v] < 0) {
                        comp[v] = next;
                        stack[top++] = v;
                    }
                }
            }
            if (size > bestSize) {
                bestSize = size;
                bestComp = next;
            }
            next++;
        }
        BitSet main = new BitSet(n);
        for (int i = 0; i < n; i++) {
            if (comp[i] == bestComp) {
                main.set(i);
            }
        }
        return main;
    }

    private static int row(double latDeg) {
        return Math.min(GRID_ROWS - 1, Math.max(0, (int) Math.floor(latDeg + 90.0)));
    }

    private static int col(double lonDeg) {
        return Math.floorMod((int) Math.floor(lonDeg + 180.0), GRID_COLS);
    }

    private static int cellOf(double latDeg, double lonDeg) {
        return row(latDeg) * GRID_COLS + col(lonDeg);
    }

    @Override
    public String toString() {
        return "SeaLaneNetwork[" + resolution + ", nodes=" + nodeCount() + ", edges=" + edgeCount() + "]";
    }

    /** Accumulates lines, merging equal (rounded) coordinates into one node. */
    private static final class Builder {
        private final Map<Long, Integer> nodeByKey = new HashMap<>();
        private double[] lat = new double[1024];
        private double[] lon = new double[1024];
        private int nodes;
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private int edges;

        void addLine(double[] lonLat) {
            int prev = -1;
            for (int i = 0; i + 1 < lonLat.length; i += 2) {
                int node = node(lonLat[i], lonLat[i + 1]);
                if (prev >= 0 && prev != node) {
                    addEdge(prev, node);
                }
                prev = node;
            }
        }

        private int node(double rawLonDeg, double latDeg) {
            // A few MARNET vertices lie just beyond 180 (e.g. 180.754): wrap them into [-180, 180).
            double lonDeg = rawLonDeg >= 180.0 || rawLonDeg < -180.0
                    ? rawLonDeg - 360.0 * Math.floor((rawLonDeg + 180.0) / 360.0)
                    : rawLonDeg;
            long lonQ = Math.round(lonDeg * COORD_SCALE);
            long latQ = Math.round(latDeg * COORD_SCALE);
            if (lonQ == Math.round(180.0 * COORD_SCALE)) {
                // Lines that cross the Pacific stop at +180 and resume at -180: join them.
                lonQ = -lonQ;
            }
            long key = (lonQ + 18_000_000L) * 20_000_000L + (latQ + 9_000_000L);
            Integer existing = nodeByKey.get(key);
            if (existing != null) {
                return existing;
            }
            if (nodes == lat.length) {
                lat = Arrays.copyOf(lat, nodes * 2);
                lon = Arrays.copyOf(lon, nodes * 2);
            }
            lat[nodes] = latQ / COORD_SCALE;
            lon[nodes] = lonQ / COORD_SCALE;
            nodeByKey.put(key, nodes);
            return nodes++;
        }

        private void addEdge(int a, int b) {
            if (edges == from.length) {
                from = Arrays.copyOf(from, edges * 2);
                to = Arrays.copyOf(to, edges * 2);
            }
            from[edges] = a;
            to[edges] = b;
            edges++;
        }

        NetworkFile.Arrays arrays() {
            return new NetworkFile.Arrays(Arrays.copyOf(lat, nodes), Arrays.copyOf(lon, nodes),
                    Arrays.copyOf(from, edges), Arrays.copyOf(to, edges));
        }
    }
}
