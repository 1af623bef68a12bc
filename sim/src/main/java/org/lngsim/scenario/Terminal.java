package org.lngsim.scenario;

/** A regasification terminal: berths, tanks, send-out. */
public record Terminal(String id, String name, String importer, String region, GeoLocation location,
        double regasCapacityMtpa, double storageM3, double heelPct, double initialStockPct, int berths,
        double unloadingHours, double maxVesselM3, String source) {
}
