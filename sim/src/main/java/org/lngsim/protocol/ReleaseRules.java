package org.lngsim.protocol;

/** The protocol parameters the release rules need (from the scenario's protocol block). */
public record ReleaseRules(double lookAheadDays, double donorFloorDays, double maxExtraSailingDays, int maxCargoes) {
}
