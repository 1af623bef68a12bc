package org.lngsim.scenario;

import java.util.List;

/** A chokepoint's area: a box, or a polygon ring of [lon, lat] points. Exactly one is set. */
public record ChokepointArea(Box box, List<List<Double>> polygon) {

    public ChokepointArea {
        polygon = polygon == null ? null : polygon.stream().map(List::copyOf).toList();
    }
}
