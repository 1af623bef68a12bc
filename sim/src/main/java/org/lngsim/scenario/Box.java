package org.lngsim.scenario;

/** A longitude/latitude box. */
public record Box(double minLon, double minLat, double maxLon, double maxLat) {
}
