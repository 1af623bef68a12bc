package org.lngsim.scenario;

/** A named strait or canal; closing it removes the sea lanes inside its area. */
public record Chokepoint(String id, String name, ChokepointShape area, Double lngTransitsPerDay, String source) {
}
