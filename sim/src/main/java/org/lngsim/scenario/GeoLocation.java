package org.lngsim.scenario;

/** A point on the globe in degrees (WGS 84). */
public record GeoLocation(double lat, double lon) {
}
