package org.lngsim.output;

import java.util.ArrayList;
import java.util.List;
import org.lngsim.geo.GeoPoint;

/**
 * The way one cargo has sailed so far, built from its voyage events: the points already behind it
 * and the route it is on now. A reroute keeps what was sailed of the old route and swaps the rest
 * for the new one; an arrival puts the whole route behind.
 */
final class SailedTrack {

    private final String origin;
    private final List<GeoPoint> behind = new ArrayList<>();
    private List<GeoPoint> ahead = List.of();
    private String destination;
    private int reroutes;

    SailedTrack(String origin, String destination) {
        this.origin = origin;
        this.destination = destination;
    }

    String origin() {
        return origin;
    }

    String destination() {
        return destination;
    }

    int reroutes() {
        return reroutes;
    }

    /** A new voyage on {@code route}: whatever was ahead has been sailed. */
    void sail(List<GeoPoint> route, String to) {
        append(ahead);
        ahead = route;
        destination = to;
    }

    /** Left the current route after sailing {@code sailed} of it, for {@code route}. */
    void reroute(List<GeoPoint> sailed, List<GeoPoint> route, String to) {
        append(sailed);
        ahead = route;
        if (to != null) {
            destination = to;
        }
        reroutes++;
    }

    /** Reached the end of the current route. */
    void arrive(String at) {
        append(ahead);
        ahead = List.of();
        destination = at;
    }

    /** Every point, the ones behind then the ones ahead; a point where two pieces join once. */
    List<GeoPoint> points() {
        List<GeoPoint> all = new ArrayList<>(behind);
        appendTo(all, ahead);
        return all;
    }

    private void append(List<GeoPoint> points) {
        appendTo(behind, points);
    }

    private static void appendTo(List<GeoPoint> to, List<GeoPoint> points) {
        for (GeoPoint p : points) {
            if (to.isEmpty() || !to.get(to.size() - 1).equals(p)) {
                to.add(p);
            }
        }
    }
}
