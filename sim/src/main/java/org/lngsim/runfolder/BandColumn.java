package org.lngsim.runfolder;

/**
 * The columns of {@code ensemble/bands.csv}, in file order: per day, entity, variable and side
 * of the pair, the 5th, 50th and 95th percentiles of the daily value across the replications.
 */
public enum BandColumn implements CsvColumn {
    /** Day of the run, from 0. */
    DAY("day"),
    /** A grid, gas pool or region id. */
    ENTITY("entity"),
    /** {@link EnsembleBand#variable()}. */
    VARIABLE("variable"),
    /** {@link EnsembleSide#label()}. */
    SIDE("side"),
    UNIT("unit"),
    P5("p5"),
    P50("p50"),
    P95("p95");

    private final String header;

    BandColumn(String header) {
        this.header = header;
    }

    @Override
    public String header() {
        return header;
    }

    /** The header line. */
    public static String[] headerLine() {
        return CsvColumn.headerOf(values());
    }
}
