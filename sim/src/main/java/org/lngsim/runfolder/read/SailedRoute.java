package org.lngsim.runfolder.read;

import java.util.List;
import org.lngsim.geo.GeoPoint;

/**
 * One row of {@code routes.csv}: the way a cargo sailed, from its plant (or where it was when the
 * run began) to the terminal it sailed to last, through every reroute and redirection.
 */
public record SailedRoute(String cargo, String origin, String destination, int reroutes, List<GeoPoint> waypoints) {

    public SailedRoute {
        waypoints = List.copyOf(waypoints);
    }
}
