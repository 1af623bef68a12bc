package org.lngsim.model;

/** Conversions at the input boundary (see DESIGN: units live in names). */
public final class Units {

    /** Tonnes of LNG per m3 of liquid. */
    public static final double LNG_DENSITY_T_PER_M3 = 0.45;
    /** m3 of gas (standard conditions) per tonne of LNG. */
    public static final double GAS_M3_PER_T = 1360.0;
    public static final double HOURS_PER_DAY = 24.0;
    public static final double HOURS_PER_YEAR = 8760.0;
    public static final double T_PER_MT = 1e6;

    private Units() {
    }

    public static double m3ToT(double volumeM3) {
        return volumeM3 * LNG_DENSITY_T_PER_M3;
    }

    /** Mtpa to tonnes per hour. */
    public static double mtpaToTPerHour(double mtpa) {
        return mtpa * T_PER_MT / HOURS_PER_YEAR;
    }

    /** Million standard m3 of gas per day to tonnes of LNG per day. */
    public static double mmscmdToTPerDay(double mmscmd) {
        return mmscmd * 1e6 / GAS_M3_PER_T;
    }

    public static double tPerDayToMmscmd(double tPerDay) {
        return tPerDay * GAS_M3_PER_T / 1e6;
    }
}
