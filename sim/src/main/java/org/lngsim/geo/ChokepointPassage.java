package org.lngsim.geo;

import java.util.Objects;

/** A route enters chokepoint {@code id} when it has sailed {@code distanceFromOriginNm}. */
public record ChokepointPassage(String id, double distanceFromOriginNm) {

    public ChokepointPassage {
        Objects.requireNonNull(id, "id");
        if (!(distanceFromOriginNm >= 0.0)) {
            throw new IllegalArgumentException("distance must be >= 0: " + distanceFromOriginNm);
        }
    }
}
