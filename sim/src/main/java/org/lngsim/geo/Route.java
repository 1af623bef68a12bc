package org.lngsim.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.lngsim.model.Units;

/**
 * The answer to a routing query: either a path over the sea-lane network with its length and the
 * chokepoints it passes, or an explicit "unreachable" with the reason.
 *
 * <p>A final class with record-style accessors rather than a record: it keeps a private
 * cumulative-distance array so that {@link #positionAt(double)} is a binary search, and a record
 * would have to expose that array. Instances are immutable and shared by the route cache.
 */
public final class Route {

    private final boolean reachable;
    private final double distanceNm;
    private final List<ChokepointPassage> chokepoints;
    private final List<GeoPoint> path;
    private final String unreachableReason;
    /** cumulativeNm[i] = distance sailed when reaching path.get(i). */
    private final double[] cumulativeNm;

    private Route(boolean reachable, List<ChokepointPassage> chokepoints, List<GeoPoint> path,
                  String unreachableReason, double[] cumulativeNm) {
        this.reachable = reachable;
        this.chokepoints = List.copyOf(chokepoints);
        this.path = List.copyOf(path);
        this.unreachableReason = unreachableReason;
        this.cumulativeNm = cumulativeNm;
        this.distanceNm = reachable ? cumulativeNm[cumulativeNm.length - 1] : Double.POSITIVE_INFINITY;
    }

    /** A route along {@code path} (at least one point) passing {@code chokepoints} in order. */
    static Route reachable(List<GeoPoint> path, List<ChokepointPassage> chokepoints) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a reachable route needs at least one point");
        }
        double[] cum = new double[path.size()];
        for (int i = 1; i < cum.length; i++) {
            cum[i] = cum[i - 1] + path.get(i - 1).distanceNmTo(path.get(i));
        }
        return new Route(true, chokepoints, path, null, cum);
    }

    /** No route exists: {@code reason} says why (e.g. which closure cuts the origin off). */
    public static Route unreachable(String reason) {
        Objects.requireNonNull(reason, "reason");
        return new Route(false, List.of(), List.of(), reason, new double[0]);
    }

    public boolean reachable() {
        return reachable;
    }

    /** Sailing distance in nautical miles; +infinity when unreachable. */
    public double distanceNm() {
        return distanceNm;
    }

    /** Chokepoints passed, in the order the route enters them, with increasing distance. */
    public List<ChokepointPassage> chokepoints() {
        return chokepoints;
    }

    /** The chokepoint ids passed, in order. */
    public List<String> chokepointIds() {
        return chokepoints.stream().map(ChokepointPassage::id).toList();
    }

    /** True if the route passes chokepoint {@code id}. */
    public boolean passes(String id) {
        return chokepoints.stream().anyMatch(c -> c.id().equals(id));
    }

    /** The points to draw, from origin to destination (empty when unreachable). */
    public List<GeoPoint> path() {
        return path;
    }

    /** Why no route exists; empty string for a reachable route. */
    public String unreachableReason() {
        return unreachableReason == null ? "" : unreachableReason;
    }

    /** Days at sea at a constant {@code speedKn}. */
    public double sailingDays(double speedKn) {
        return Units.hoursToDays(sailingHours(speedKn));
    }

    /** Hours at sea at a constant {@code speedKn}. */
    public double sailingHours(double speedKn) {
        requireReachable();
        if (!(speedKn > 0.0)) {
            throw new IllegalArgumentException("speed must be > 0 kn: " + speedKn);
        }
        return distanceNm / speedKn;
    }

    /**
     * Where a ship following this route is after sailing {@code distanceFromOriginNm} (clamped to
     * [0, distanceNm]); interpolated along the great circle of the segment it is on.
     */
    public GeoPoint positionAt(double distanceFromOriginNm) {
        requireReachable();
        if (Double.isNaN(distanceFromOriginNm)) {
            throw new IllegalArgumentException("distance is NaN");
        }
        if (distanceFromOriginNm <= 0.0 || path.size() == 1) {
            return path.get(0);
        }
        if (distanceFromOriginNm >= distanceNm) {
            return path.get(path.size() - 1);
        }
        int i = Arrays.binarySearch(cumulativeNm, distanceFromOriginNm);
        if (i >= 0) {
            return path.get(i);
        }
        int hi = -i - 1; // first point beyond the distance
        int lo = hi - 1;
        double seg = cumulativeNm[hi] - cumulativeNm[lo];
        double f = seg == 0.0 ? 0.0 : (distanceFromOriginNm - cumulativeNm[lo]) / seg;
        return GeoPoint.interpolate(path.get(lo), path.get(hi), f);
    }

    /**
     * The points sailed from the origin to {@code distanceFromOriginNm} (clamped like {@link
     * #positionAt}): the path's points before it, then the position there. What a ship leaving
     * this route at that distance has sailed of it.
     */
    public List<GeoPoint> pathUntil(double distanceFromOriginNm) {
        GeoPoint end = positionAt(distanceFromOriginNm);
        List<GeoPoint> points = new ArrayList<>();
        for (int i = 0; i < path.size() && cumulativeNm[i] < distanceFromOriginNm; i++) {
            points.add(path.get(i));
        }
        if (points.isEmpty() || !points.get(points.size() - 1).equals(end)) {
            points.add(end);
        }
        return List.copyOf(points);
    }

    private void requireReachable() {
        if (!reachable) {
            throw new IllegalStateException("route is unreachable: " + unreachableReason);
        }
    }

    @Override
    public String toString() {
        if (!reachable) {
            return "Route[unreachable: " + unreachableReason + "]";
        }
        return String.format(Locale.ROOT, "Route[%.0f nm, via %s, %d points]",
                distanceNm, chokepointIds(), path.size());
    }
}
