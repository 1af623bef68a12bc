package org.lngsim.gui;

/**
 * The map's plane: an equirectangular view of the Indian Ocean and the western Pacific, from
 * {@value #LON_MIN_DEG}°E to {@value #LON_MAX_DEG}°E (Americas shifted east of 180°, as the route
 * map's, so trans-Pacific routes enter from the right) and from {@value #LAT_MIN_DEG}° to
 * {@value #LAT_MAX_DEG}°. Field units are degrees: x grows east from the west edge, y grows south
 * from the north edge (MASON's y axis points down).
 */
public final class MapProjection {

    public static final double LON_MIN_DEG = 25;
    public static final double LON_MAX_DEG = 195;
    public static final double LAT_MIN_DEG = -42;
    public static final double LAT_MAX_DEG = 52;
    /** West of this longitude a point is drawn 360° further east (the Americas). */
    public static final double WRAP_WEST_OF_DEG = -25;

    private MapProjection() {
    }

    /** The field's width in degrees of longitude. */
    public static double widthDeg() {
        return LON_MAX_DEG - LON_MIN_DEG;
    }

    /** The field's height in degrees of latitude. */
    public static double heightDeg() {
        return LAT_MAX_DEG - LAT_MIN_DEG;
    }

    /** The longitude as drawn: shifted by 360° west of {@link #WRAP_WEST_OF_DEG}. */
    public static double unwrapDeg(double lonDeg) {
        return lonDeg < WRAP_WEST_OF_DEG ? lonDeg + 360.0 : lonDeg;
    }

    public static double x(double lonDeg) {
        return unwrapDeg(lonDeg) - LON_MIN_DEG;
    }

    public static double y(double latDeg) {
        return LAT_MAX_DEG - latDeg;
    }

    /** Whether a point falls inside the map (its edges included). */
    public static boolean onMap(double lonDeg, double latDeg) {
        double x = x(lonDeg);
        double y = y(latDeg);
        return x >= 0 && x <= widthDeg() && y >= 0 && y <= heightDeg();
    }
}
