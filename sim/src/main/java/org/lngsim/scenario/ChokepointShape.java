package org.lngsim.scenario;

import java.util.List;

/** A chokepoint's area: a box, or a polygon ring of [lon, lat] points. Exactly one is set. */
public record ChokepointShape(Box box, List<List<Double>> polygon) {

    public ChokepointShape {
        polygon = polygon == null ? null : polygon.stream().map(List::copyOf).toList();
    }
}
