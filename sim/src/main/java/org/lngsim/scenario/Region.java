package org.lngsim.scenario;

/**
 * A group of terminals whose send-out feeds the same consumers (Tokyo Bay, India's pool...).
 *
 * @param powerUtilityStockPct share of the region's LNG stock held by power utilities (0–100), or
 *     null when not declared; lets the run report the utilities' stock (what METI counts)
 */
public record Region(String id, String name, String importer, String source, Double powerUtilityStockPct) {
}
