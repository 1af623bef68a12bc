package org.lngsim.events;

import java.util.List;
import org.lngsim.geo.GeoPoint;

/**
 * A cargo already at sea when the run starts (loaded before day 0): the initial state of shipping.
 *
 * @param waypoints the route it is on, from its plant to its terminal (part of it sailed before
 *     the run began)
 */
public record CargoAtSeaAtStart(double timeHours, String cargoId, String contractId, String vesselId, String plantId, String terminalId, String importerId, double massT, List<GeoPoint> waypoints) implements SimEvent {

    public CargoAtSeaAtStart {
        waypoints = List.copyOf(waypoints);
    }

    @Override
    public String type() {
        return "cargo-at-sea-at-start";
    }

    @Override
    public void describe(EventRow row) {
        row.cargo(cargoId).contract(contractId).vessel(vesselId).plant(plantId).terminal(terminalId).importer(importerId).massT(massT);
    }
}
