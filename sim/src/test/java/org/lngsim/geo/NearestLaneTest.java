package org.lngsim.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The bounded nearest-lane scan against a plain scan of every lane written here: the same edge,
 * the same point on it, for positions on a grid over the seas the world's ships sail (oceans,
 * straits and gulfs, near lanes and far from them), away from the antimeridian.
 */
class NearestLaneTest {

    private final SeaLaneNetwork network = SeaLaneNetwork.shared();

    @Test
    void the_bounded_scan_finds_the_edge_and_point_a_scan_of_every_lane_finds() {
        int compared = 0;
        for (double lat = -40; lat <= 45; lat += 5) {
            // Not within a few degrees of 180: there the box test skips lanes that run along the
            // antimeridian (a lane at -180 is "far" from a ship at 178E), before and after issue 17.
            for (double lon = 30; lon <= 172; lon += 7.1) {
                GeoPoint p = new GeoPoint(lat, lon);
                SeaLaneNetwork.EdgeSnap fast = network.nearestEdgePoint(p);
                int[] plain = plainScan(p, false);

                assertThat(fast.edge()).as("edge nearest " + p).isEqualTo(plain[0]);
                compared++;
            }
        }
        // Across the antimeridian the box test skips lanes along it (a lane at -180 is "far" from a
        // ship at 178E) and always keeps lanes that cross it: the scan gives its answer all the same.
        for (double lat = -40; lat <= 55; lat += 5) {
            for (double lon : new double[] {175.0, 178.0, 179.9, -179.9, -178.0, -175.0}) {
                GeoPoint p = new GeoPoint(lat, lon);
                int plain = plainScan(p, true)[0];
                if (plain < 0) {
                    // Every lane near p runs along the antimeridian: the scan finds none, as before.
                    assertThatThrownBy(() -> network.nearestEdgePoint(p)).as(p.toString())
                            .isInstanceOf(IllegalStateException.class);
                } else {
                    assertThat(network.nearestEdgePoint(p).edge()).as("edge nearest " + p).isEqualTo(plain);
                }
                compared++;
            }
        }
        for (String port : GeoFixtures.PORTS.keySet()) {
            GeoPoint p = GeoFixtures.port(port);
            assertThat(network.nearestEdgePoint(p).edge()).as(port).isEqualTo(plainScan(p, false)[0]);
        }
        assertThat(compared).isGreaterThan(300);
    }

    /**
     * Every main-component edge's angular distance to p; the lowest-numbered of the nearest. With
     * {@code boxed}, only the edges whose lat/lon box widened by the nearest node's distance holds
     * p, longitudes compared without wrapping unless the edge crosses the antimeridian.
     */
    private int[] plainScan(GeoPoint p, boolean boxed) {
        double[] pv = unit(p.latDeg(), p.lonDeg());
        double boundDeg = Math.toDegrees(network.nearestNode(p).distanceNm() / GeoPoint.EARTH_RADIUS_NM) * 1.01 + 1e-9;
        double lonBoundDeg = boundDeg / Math.max(0.01, Math.cos(Math.toRadians(Math.min(89.0, Math.abs(p.latDeg()) + boundDeg))));
        double best = Double.POSITIVE_INFINITY;
        int bestEdge = -1;
        for (int e = 0; e < network.edgeCount(); e++) {
            int a = network.edgeFromNode(e);
            int b = network.edgeToNode(e);
            if (!network.inMainComponent(a)) {
                continue;
            }
            if (boxed && outsideBox(p, a, b, boundDeg, lonBoundDeg)) {
                continue;
            }
            double rad = distanceRad(pv, unit(network.nodeLatDeg(a), network.nodeLonDeg(a)),
                    unit(network.nodeLatDeg(b), network.nodeLonDeg(b)));
            if (rad < best) {
                best = rad;
                bestEdge = e;
            }
        }
        return new int[] {bestEdge};
    }

    private boolean outsideBox(GeoPoint p, int a, int b, double boundDeg, double lonBoundDeg) {
        double latA = network.nodeLatDeg(a);
        double latB = network.nodeLatDeg(b);
        if (p.latDeg() < Math.min(latA, latB) - boundDeg || p.latDeg() > Math.max(latA, latB) + boundDeg) {
            return true;
        }
        double lonA = network.nodeLonDeg(a);
        double lonB = network.nodeLonDeg(b);
        if (Math.abs(lonA - lonB) > 180 || lonBoundDeg >= 180) {
            return false;
        }
        return p.lonDeg() < Math.min(lonA, lonB) - lonBoundDeg || p.lonDeg() > Math.max(lonA, lonB) + lonBoundDeg;
    }

    /** Angle from p to the minor arc ab: to its foot on the great circle when that lies between a and b, else the nearer end. */
    private static double distanceRad(double[] p, double[] a, double[] b) {
        double[] n = cross(a, b);
        double nLen = norm(n);
        double toEnds = Math.min(angle(p, a), angle(p, b));
        if (nLen < 1e-15) {
            return toEnds;
        }
        double[] nh = {n[0] / nLen, n[1] / nLen, n[2] / nLen};
        double k = dot(p, nh);
        double[] c = {p[0] - k * nh[0], p[1] - k * nh[1], p[2] - k * nh[2]};
        double cLen = norm(c);
        if (cLen > 1e-15 && dot(cross(a, c), nh) >= 0.0 && dot(cross(c, b), nh) >= 0.0) {
            return angle(p, new double[] {c[0] / cLen, c[1] / cLen, c[2] / cLen});
        }
        return toEnds;
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
}
