package org.lngsim.model;

/**
 * The power utilities' part of a region's LNG stock: stock × share / 100. METI's weekly stock
 * figure counts only the major power utilities; city-gas firms hold the rest. Pure.
 */
public final class UtilityStock {

    private UtilityStock() {
    }

    /** @param stockT the region's stock (t); @param powerUtilityStockPct 0–100 */
    public static double of(double stockT, double powerUtilityStockPct) {
        if (!(powerUtilityStockPct >= 0 && powerUtilityStockPct <= 100)) {
            throw new IllegalArgumentException("share must be 0–100%, got " + powerUtilityStockPct);
        }
        return stockT * powerUtilityStockPct / 100.0;
    }
}
