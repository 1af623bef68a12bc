package org.lngsim.scenario;

/** A liquefaction plant: where cargoes load. */
public record Plant(String id, String name, String country, GeoLocation location, double capacityMtpa,
        Double storageM3, int berths, double loadingHours, String source) {
}
