package org.lngsim.geo;

/**
 * A position on the Earth's surface in WGS84 degrees.
 *
 * <p>Latitude first, as a navigator writes it; longitude is kept in [-180, 180] so that points
 * compare equal whichever side of the antimeridian they were written on.
 */
public record GeoPoint(double latDeg, double lonDeg) {

    /** Mean Earth radius in nautical miles (6,371.0088 km / 1.852 km). */
    public static final double EARTH_RADIUS_NM = 6371.0088 / 1.852;

    public GeoPoint {
        if (!(latDeg >= -90.0 && latDeg <= 90.0)) {
            throw new IllegalArgumentException("latitude out of range [-90, 90]: " + latDeg);
        }
        if (!(lonDeg >= -180.0 && lonDeg <= 180.0)) {
            throw new IllegalArgumentException("longitude out of range [-180, 180]: " + lonDeg);
        }
        if (lonDeg == 180.0) {
            // One canonical form for the antimeridian, so equals/hashCode agree for 180 and -180.
            lonDeg = -180.0;
        }
    }

    /** Builds a point from longitude first, the order of GeoJSON/WKB coordinates. */
    public static GeoPoint ofLonLat(double lonDeg, double latDeg) {
        return new GeoPoint(latDeg, lonDeg);
    }

    /** Great-circle distance to {@code other} in nautical miles. */
    public double distanceNmTo(GeoPoint other) {
        return greatCircleNm(latDeg, lonDeg, other.latDeg, other.lonDeg);
    }

    /**
     * Great-circle (haversine) distance in nautical miles. Haversine rather than the spherical law
     * of cosines because it stays accurate for the short segments the sea-lane network is made of.
     */
    public static double greatCircleNm(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg) {
        double phi1 = Math.toRadians(lat1Deg);
        double phi2 = Math.toRadians(lat2Deg);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2Deg - lon1Deg);
        double s1 = Math.sin(dPhi * 0.5);
        double s2 = Math.sin(dLambda * 0.5);
        double h = s1 * s1 + Math.cos(phi1) * Math.cos(phi2) * s2 * s2;
        return 2.0 * EARTH_RADIUS_NM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /**
     * The point at {@code fraction} (0..1) of the great circle from {@code a} to {@code b}
     * (spherical linear interpolation, so it is correct across the antimeridian too).
     */
    public static GeoPoint interpolate(GeoPoint a, GeoPoint b, double fraction) {
        if (fraction <= 0.0) {
            return a;
        }
        if (fraction >= 1.0) {
            return b;
        }
        double phi1 = Math.toRadians(a.latDeg);
        double lam1 = Math.toRadians(a.lonDeg);
        double phi2 = Math.toRadians(b.latDeg);
        double lam2 = Math.toRadians(b.lonDeg);
        double x1 = Math.cos(phi1) * Math.cos(lam1);
        double y1 = Math.cos(phi1) * Math.sin(lam1);
        double z1 = Math.sin(phi1);
        double x2 = Math.cos(phi2) * Math.cos(lam2);
        double y2 = Math.cos(phi2) * Math.sin(lam2);
        double z2 = Math.sin(phi2);
        double dot = Math.max(-1.0, Math.min(1.0, x1 * x2 + y1 * y2 + z1 * z2));
        double omega = Math.acos(dot);
        if (omega < 1e-12) {
            return a;
        }
        double sinOmega = Math.sin(omega);
        double wa = Math.sin((1.0 - fraction) * omega) / sinOmega;
        double wb = Math.sin(fraction * omega) / sinOmega;
        double x = wa * x1 + wb * x2;
        double y = wa * y1 + wb * y2;
        double z = wa * z1 + wb * z2;
        double lat = Math.toDegrees(Math.atan2(z, Math.sqrt(x * x + y * y)));
        double lon = Math.toDegrees(Math.atan2(y, x));
        return new GeoPoint(clamp(lat, -90.0, 90.0), clamp(lon, -180.0, 180.0));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
