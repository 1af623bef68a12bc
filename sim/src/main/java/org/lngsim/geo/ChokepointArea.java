package org.lngsim.geo;

import java.util.Objects;

/**
 * A named chokepoint: closing it removes every network segment that touches {@code area}, and a
 * route "passes" it where one of its segments first touches the area.
 */
public record ChokepointArea(String id, String name, Area area) {

    public ChokepointArea {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(area, "area");
        if (id.isBlank()) {
            throw new IllegalArgumentException("chokepoint id must not be blank");
        }
    }

    /** Convenience for the common case of a lon/lat box. */
    public static ChokepointArea box(String id, String name,
                                     double minLon, double minLat, double maxLon, double maxLat) {
        return new ChokepointArea(id, name, new Area.Box(minLon, minLat, maxLon, maxLat));
    }

    /** True if the segment between the two points touches this chokepoint's area. */
    public boolean touches(double lon1, double lat1, double lon2, double lat2) {
        if (Math.max(lon1, lon2) < area.minLon() || Math.min(lon1, lon2) > area.maxLon()
                || Math.max(lat1, lat2) < area.minLat() || Math.min(lat1, lat2) > area.maxLat()) {
            return false; // cheap envelope rejection first: almost every segment is far away
        }
        return area.intersectsSegment(lon1, lat1, lon2, lat2);
    }

    /** Fraction along the segment where it enters the area, NaN if it does not. */
    public double entryFraction(double lon1, double lat1, double lon2, double lat2) {
        if (Math.max(lon1, lon2) < area.minLon() || Math.min(lon1, lon2) > area.maxLon()
                || Math.max(lat1, lat2) < area.minLat() || Math.min(lat1, lat2) > area.maxLat()) {
            return Double.NaN;
        }
        return area.entryFraction(lon1, lat1, lon2, lat2);
    }

    /** True if the point lies in the area (a ship there cannot leave while it is closed). */
    public boolean contains(GeoPoint p) {
        return area.contains(p.lonDeg(), p.latDeg());
    }
}
