package org.lngsim.events;

import java.util.List;
import org.lngsim.geo.GeoPoint;

/**
 * A ship at sea took a new route (a closure ahead, or a new destination).
 *
 * @param sailedWaypoints what the ship sailed of the route it left: that route's points from its
 *     start to where the new one begins (after turning back, if it did)
 * @param waypoints the new route's points, from there to {@code toId}
 */
public record VesselRerouted(double timeHours, String vesselId, String cargoId, String toId, double remainingNm, double addedNm, String reason, List<GeoPoint> sailedWaypoints,
        List<GeoPoint> waypoints) implements SimEvent {

    public VesselRerouted {
        sailedWaypoints = List.copyOf(sailedWaypoints);
        waypoints = List.copyOf(waypoints);
    }

    @Override
    public String type() {
        return "vessel-rerouted";
    }

    @Override
    public void describe(EventRow row) {
        row.vessel(vesselId).cargo(cargoId).terminal(toId).value(addedNm, "nm").detail(reason + "; " + Numbers.format(remainingNm) + " nm to go");
    }
}
