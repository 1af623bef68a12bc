package org.lngsim.runfolder;

/**
 * The columns of {@code routes.csv}: the way each cargo sailed, from the voyage events (its
 * departure, every reroute and redirection, its arrival). One row per cargo that sailed laden in
 * the run, or was at sea when it began, written when its story ends; a cargo still at sea at the
 * end has the rest of its current route.
 */
public enum RouteColumn implements CsvColumn {
    CARGO("cargo"),
    /** The plant it loaded at. */
    ORIGIN("origin"),
    /** The terminal it sailed to last. */
    DESTINATION("destination"),
    /** How many times it took a new route at sea (closures ahead, redirections). */
    REROUTES("reroutes"),
    /**
     * The points sailed through, {@code lon lat} in degrees, separated by {@link #POINT_SEPARATOR}:
     * the route from the plant, cut where the ship left it for a new one, and so on.
     */
    WAYPOINTS("waypoints");

    /** Separates the points of {@link #WAYPOINTS}. */
    public static final String POINT_SEPARATOR = ";";
    /** Separates a point's longitude from its latitude. */
    public static final String LON_LAT_SEPARATOR = " ";

    private final String header;

    RouteColumn(String header) {
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
