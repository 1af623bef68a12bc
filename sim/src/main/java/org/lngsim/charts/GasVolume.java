package org.lngsim.charts;

import org.lngsim.model.Units;

/**
 * India's gas as a reader sees it: in million standard cubic metres (mmscm), and mmscmd for daily
 * rates, the units of India's gas industry and of the gas-pool charts. summary.json keeps its
 * masses in Mt of LNG (machine files are not changed); the page converts at 1 t LNG = 1,360 m³.
 */
public final class GasVolume {

    private GasVolume() {
    }

    /** Mt of LNG as mmscm of gas: 1 Mt = 10⁶ t × 1,360 m³/t = 1,360 mmscm. */
    public static double mmscmOfMt(double mt) {
        return mt * Units.T_PER_MT * Units.GAS_M3_PER_T / Units.M3_PER_MM3;
    }
}
