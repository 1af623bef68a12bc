package org.lngsim.scenario;

/** A consuming sector of a gas pool, served in priority order; its protected share comes first. */
public record Sector(String id, String name, int priority, double demandMmscmd, double protectedPct,
        String source) {
}
