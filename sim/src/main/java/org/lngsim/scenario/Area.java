package org.lngsim.scenario;

import java.util.List;

/** A chokepoint's area: a box, or a polygon ring of [lon, lat] points. Exactly one is set. */
public record Area(Box box, List<List<Double>> polygon) {

    public Area {
        polygon = polygon == null ? null : polygon.stream().map(List::copyOf).toList();
    }
}
