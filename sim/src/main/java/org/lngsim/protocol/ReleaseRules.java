package org.lngsim.protocol;

/**
 * The protocol parameters the release rules need (from the scenario's protocol block);
 * {@code maxOvershootT} caps how far the released mass may exceed the request (infinite for
 * emergencies, a fraction of a cargo for paybacks).
 */
public record ReleaseRules(double lookAheadDays, double donorFloorDays, double maxExtraSailingDays, int maxCargoes,
        double maxOvershootT) {

    public ReleaseRules(double lookAheadDays, double donorFloorDays, double maxExtraSailingDays, int maxCargoes) {
        this(lookAheadDays, donorFloorDays, maxExtraSailingDays, maxCargoes, Double.POSITIVE_INFINITY);
    }
}
