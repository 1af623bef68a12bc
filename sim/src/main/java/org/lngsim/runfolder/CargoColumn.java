package org.lngsim.runfolder;

/**
 * The columns of {@code cargoes.csv}, in file order. Times are hours from the scenario start,
 * masses tonnes; an empty field means "did not happen" (a cargo at sea at the start has no
 * {@code loadedHours}).
 */
public enum CargoColumn implements CsvColumn {
    CARGO("cargo"),
    CONTRACT("contract"),
    VESSEL("vessel"),
    ORIGIN("origin"),
    PLANNED_DESTINATION("plannedDestination"),
    ACTUAL_DESTINATION("actualDestination"),
    IMPORTER("importer"),
    LOADED_T("loadedT"),
    DELIVERED_T("deliveredT"),
    BOIL_OFF_T("boilOffT"),
    LOADED_HOURS("loadedHours"),
    DEPARTED_HOURS("departedHours"),
    ARRIVED_HOURS("arrivedHours"),
    UNLOADED_HOURS("unloadedHours"),
    /** The chokepoints passed, in order, separated by {@link #LIST_SEPARATOR}. */
    CHOKEPOINTS("chokepoints"),
    REDIRECTED("redirected"),
    /** A {@link CargoStatus}. */
    STATUS("status");

    /** Separates the items of a list inside one field (the file itself is comma-separated). */
    public static final String LIST_SEPARATOR = ";";

    private final String header;

    CargoColumn(String header) {
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
