package org.lngsim.runfolder;

/** The columns of {@code timeseries.csv} (long format), in file order. */
public enum TimeseriesColumn implements CsvColumn {
    /** Day of the run, from 0. */
    DAY("day"),
    /** A terminal, region, grid, pool, {@code pool/sector}, gas demand or importer id. */
    ENTITY("entity"),
    VARIABLE("variable"),
    VALUE("value"),
    UNIT("unit");

    private final String header;

    TimeseriesColumn(String header) {
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
