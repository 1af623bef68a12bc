package org.lngsim.scenario;

/**
 * A consuming sector of a gas pool, served in priority order; its protected share comes first.
 * {@code entitledPct} is its share of recent use under an allocation order (null: the order names
 * no share for it, so it takes what is left, lowest priority cut first).
 */
public record Sector(String id, String name, int priority, double demandMmscmd, double protectedPct,
        Double entitledPct, String source) {
}
