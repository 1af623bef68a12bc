package org.lngsim.events;

import java.util.Arrays;
import java.util.List;
import org.lngsim.runfolder.EventColumn;

/**
 * The columns of {@code events.csv}, filled by {@link SimEvent#describe}. One mutable row is
 * reused by the writer, so describing an event allocates nothing.
 */
public final class EventRow {

    /**
     * Column names, in file order (time and type come first and are written by the writer); the
     * run-folder contract's {@link EventColumn#described()}.
     */
    public static final List<String> COLUMNS = EventColumn.described().stream().map(EventColumn::header).toList();

    private final String[] values = new String[COLUMNS.size()];

    public void clear() {
        Arrays.fill(values, null);
    }

    public EventRow vessel(String v) {
        values[EventColumn.VESSEL.describedIndex()] = v;
        return this;
    }

    public EventRow cargo(String v) {
        values[EventColumn.CARGO.describedIndex()] = v;
        return this;
    }

    public EventRow contract(String v) {
        values[EventColumn.CONTRACT.describedIndex()] = v;
        return this;
    }

    public EventRow plant(String v) {
        values[EventColumn.PLANT.describedIndex()] = v;
        return this;
    }

    public EventRow terminal(String v) {
        values[EventColumn.TERMINAL.describedIndex()] = v;
        return this;
    }

    public EventRow importer(String v) {
        values[EventColumn.IMPORTER.describedIndex()] = v;
        return this;
    }

    public EventRow chokepoint(String v) {
        values[EventColumn.CHOKEPOINT.describedIndex()] = v;
        return this;
    }

    public EventRow entity(String v) {
        values[EventColumn.ENTITY.describedIndex()] = v;
        return this;
    }

    public EventRow massT(double v) {
        values[EventColumn.MASS_T.describedIndex()] = Numbers.format(v);
        return this;
    }

    public EventRow value(double v, String unit) {
        values[EventColumn.VALUE.describedIndex()] = Numbers.format(v);
        values[EventColumn.UNIT.describedIndex()] = unit;
        return this;
    }

    public EventRow detail(String v) {
        values[EventColumn.DETAIL.describedIndex()] = v;
        return this;
    }

    /** The value of column {@code index} of {@link #COLUMNS}, or {@code null} when empty. */
    public String get(int index) {
        return values[index];
    }
}
