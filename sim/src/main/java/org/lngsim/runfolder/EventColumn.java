package org.lngsim.runfolder;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of {@code events.csv}, in file order: the time, day and type the writer puts first,
 * then the columns each event fills when it describes itself ({@link #described()}).
 */
public enum EventColumn implements CsvColumn {
    TIME_HOURS("timeHours"),
    DAY("day"),
    TYPE("type"),
    VESSEL("vessel"),
    CARGO("cargo"),
    CONTRACT("contract"),
    PLANT("plant"),
    TERMINAL("terminal"),
    IMPORTER("importer"),
    CHOKEPOINT("chokepoint"),
    ENTITY("entity"),
    MASS_T("massT"),
    VALUE("value"),
    UNIT("unit"),
    DETAIL("detail");

    /** How many columns the writer fills before the described ones. */
    private static final int WRITER_COLUMNS = 3;

    private final String header;

    EventColumn(String header) {
        this.header = header;
    }

    @Override
    public String header() {
        return header;
    }

    /** The columns an event fills, in file order (all but time, day and type). */
    public static List<EventColumn> described() {
        return List.of(Arrays.copyOfRange(values(), WRITER_COLUMNS, values().length));
    }

    /** The position among {@link #described()}; only for described columns. */
    public int describedIndex() {
        if (ordinal() < WRITER_COLUMNS) {
            throw new IllegalStateException(this + " is written by the writer, not described by events");
        }
        return ordinal() - WRITER_COLUMNS;
    }

    /** The header line. */
    public static String[] headerLine() {
        return CsvColumn.headerOf(values());
    }
}
