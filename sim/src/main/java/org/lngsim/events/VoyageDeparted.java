package org.lngsim.events;

import java.util.List;
import org.lngsim.geo.GeoPoint;

/**
 * A ship sailed, laden or in ballast, on a route of known length.
 *
 * @param waypoints the route's points from where it sailed to its destination (for
 *     {@code routes.csv}; not a column of {@code events.csv})
 */
public record VoyageDeparted(double timeHours, String vesselId, String cargoId, String fromId, String toId, boolean laden, double distanceNm, double plannedArrivalHours, String chokepoints, List<GeoPoint> waypoints) implements SimEvent {

    public VoyageDeparted {
        waypoints = List.copyOf(waypoints);
    }

    @Override
    public String type() {
        return "voyage-departed";
    }

    @Override
    public void describe(EventRow row) {
        row.vessel(vesselId).cargo(cargoId).plant(fromId).terminal(toId).value(distanceNm, "nm").detail((laden ? "laden" : "ballast") + " via " + (chokepoints.isEmpty() ? "open sea" : chokepoints) + "; planned arrival " + Numbers.format(plannedArrivalHours) + " h");
    }
}
