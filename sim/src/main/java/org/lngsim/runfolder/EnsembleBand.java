package org.lngsim.runfolder;

/**
 * The daily values an ensemble keeps bands of: what the shortfall and stocks charts draw, with
 * the names and units of {@code timeseries.csv}.
 */
public enum EnsembleBand {
    /** A grid's unserved energy in the day. */
    GRID_UNSERVED("unserved", "GWh"),
    /** A gas pool's unserved gas in the day. */
    POOL_UNSERVED("unserved", "mmscmd"),
    /** A region's LNG stock at the end of the day. */
    REGION_STOCK("stock", "t");

    private final String variable;
    private final String unit;

    EnsembleBand(String variable, String unit) {
        this.variable = variable;
        this.unit = unit;
    }

    /** The variable's name in {@code timeseries.csv} and {@code ensemble/bands.csv}. */
    public String variable() {
        return variable;
    }

    public String unit() {
        return unit;
    }

    /** The band of a file row: its variable and unit together name it. */
    public static EnsembleBand of(String variable, String unit) {
        for (EnsembleBand band : values()) {
            if (band.variable.equals(variable) && band.unit.equals(unit)) {
                return band;
            }
        }
        throw new IllegalArgumentException("no ensemble band " + variable + " in " + unit);
    }
}
