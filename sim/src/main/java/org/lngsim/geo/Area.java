package org.lngsim.geo;

/**
 * The extent of a chokepoint on the map, in longitude/latitude degrees.
 *
 * <p>Geometry is planar in lon/lat: good enough for areas a few degrees across, and it keeps the
 * test that decides which network segments a closure removes simple and exact. Areas must not
 * straddle the antimeridian (no chokepoint does); a segment whose ends are more than 180 degrees of
 * longitude apart is treated as not touching any area.
 */
public sealed interface Area permits Area.Box, PolygonArea {

    /** True if the point lies inside or on the boundary of the area. */
    boolean contains(double lonDeg, double latDeg);

    /**
     * The fraction (0..1) along the straight lon/lat segment from (lon1, lat1) to (lon2, lat2) at
     * which it first touches the area, or {@code NaN} if it does not touch it. 0 if it starts inside.
     */
    double entryFraction(double lon1, double lat1, double lon2, double lat2);

    /** Smallest longitude of the area's bounding box; with the three below, a cheap pre-filter. */
    double minLon();

    double minLat();

    double maxLon();

    double maxLat();

    /** True if the segment touches the area at all (closing a chokepoint removes such segments). */
    default boolean intersectsSegment(double lon1, double lat1, double lon2, double lat2) {
        return !Double.isNaN(entryFraction(lon1, lat1, lon2, lat2));
    }

    /** A longitude/latitude box; the simplest area and the one scenario files use most. */
    record Box(double minLon, double minLat, double maxLon, double maxLat) implements Area {

        public Box {
            if (!(minLon >= -180 && maxLon <= 180 && minLon < maxLon)) {
                throw new IllegalArgumentException(
                        "box needs -180 <= minLon < maxLon <= 180, got " + minLon + ".." + maxLon);
            }
            if (!(minLat >= -90 && maxLat <= 90 && minLat < maxLat)) {
                throw new IllegalArgumentException(
                        "box needs -90 <= minLat < maxLat <= 90, got " + minLat + ".." + maxLat);
            }
        }

        @Override
        public boolean contains(double lonDeg, double latDeg) {
            return lonDeg >= minLon && lonDeg <= maxLon && latDeg >= minLat && latDeg <= maxLat;
        }

        /** Liang-Barsky clipping: exact for a straight segment against an axis-aligned box. */
        @Override
        public double entryFraction(double lon1, double lat1, double lon2, double lat2) {
            double dx = lon2 - lon1;
            double dy = lat2 - lat1;
            if (Math.abs(dx) > 180.0) {
                return Double.NaN;
            }
            double[] p = {-dx, dx, -dy, dy};
            double[] q = {lon1 - minLon, maxLon - lon1, lat1 - minLat, maxLat - lat1};
            double t0 = 0.0;
            double t1 = 1.0;
            for (int i = 0; i < 4; i++) {
                if (p[i] == 0.0) {
                    if (q[i] < 0.0) {
                        return Double.NaN; // parallel to this edge and outside it
                    }
                } else {
                    double r = q[i] / p[i];
                    if (p[i] < 0.0) {
                        t0 = Math.max(t0, r);
                    } else {
                        t1 = Math.min(t1, r);
                    }
                }
            }
            return t0 <= t1 ? t0 : Double.NaN;
        }
    }
}
