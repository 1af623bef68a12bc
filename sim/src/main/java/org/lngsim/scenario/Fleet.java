package org.lngsim.scenario;

/** A pool of like carriers serving some contracts. */
public record Fleet(String id, String name, double vesselCapacityM3, double speedKn, double boilOffPctPerDay,
        int vessels, String source) {
}
