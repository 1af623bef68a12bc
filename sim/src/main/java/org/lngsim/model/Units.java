package org.lngsim.model;

/**
 * The one definition of every unit conversion in lngsim (units live in names: {@code massT},
 * {@code durationHours}); nothing else defines these numbers.
 */
public final class Units {

    /** Tonnes of LNG per m3 of liquid. */
    public static final double LNG_DENSITY_T_PER_M3 = 0.45;
    /** m3 of gas (standard conditions) per tonne of LNG. */
    public static final double GAS_M3_PER_T = 1360.0;
    /**
     * m3 of gas per tonne of compressed biogas: about 97% methane at 0.717 kg/m3 gives about
     * 1,395 m3 per tonne.
     */
    public static final double BIOGAS_M3_PER_T = 1395.0;
    public static final double HOURS_PER_DAY = 24.0;
    /** A year of 365 days: the unit of Mtpa and of annual quantities. */
    public static final double DAYS_PER_YEAR = 365.0;
    public static final double HOURS_PER_YEAR = HOURS_PER_DAY * DAYS_PER_YEAR;
    public static final double T_PER_MT = 1e6;
    /**
     * Energy of a tonne of LNG, for prices quoted per MMBtu: about 52 GJ (gross) per tonne, i.e.
     * 49.3 MMBtu; 49.5 is the trade's round figure (an estimate, within 1% of the physics).
     */
    public static final double MMBTU_PER_T = 49.5;
    /** MWh per TWh. */
    public static final double MWH_PER_TWH = 1e6;
    /** m3 per million m3 (mmscm): gas volumes are given in millions of standard m3. */
    public static final double M3_PER_MM3 = 1e6;

    private Units() {
    }

    public static double daysToHours(double days) {
        return days * HOURS_PER_DAY;
    }

    public static double hoursToDays(double hours) {
        return hours / HOURS_PER_DAY;
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
        return mmscmd * M3_PER_MM3 / GAS_M3_PER_T;
    }

    public static double tPerDayToMmscmd(double tPerDay) {
        return tPerDay * GAS_M3_PER_T / M3_PER_MM3;
    }
}
