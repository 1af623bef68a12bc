package org.lngsim.events;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of {@code events.csv}, filled by {@link SimEvent#describe}. One mutable row is
 * reused by the writer, so describing an event allocates nothing.
 */
public final class EventRow {

    /** Column names, in file order (time and type come first and are written by the writer). */
    public static final List<String> COLUMNS = List.of("vessel", "cargo", "contract", "plant", "terminal", "importer",
        "chokepoint", "entity", "massT", "value", "unit", "detail");

    private final String[] values = new String[COLUMNS.size()];

    public void clear() {
        Arrays.fill(values, null);
    }

    public EventRow vessel(String v) {
        values[0] = v;
        return this;
    }

    public EventRow cargo(String v) {
        values[1] = v;
        return this;
    }

    public EventRow contract(String v) {
        values[2] = v;
        return this;
    }

    public EventRow plant(String v) {
        values[3] = v;
        return this;
    }

    public EventRow terminal(String v) {
        values[4] = v;
        return this;
    }

    public EventRow importer(String v) {
        values[5] = v;
        return this;
    }

    public EventRow chokepoint(String v) {
        values[6] = v;
        return this;
    }

    public EventRow entity(String v) {
        values[7] = v;
        return this;
    }

    public EventRow massT(double v) {
        values[8] = Numbers.format(v);
        return this;
    }

    public EventRow value(double v, String unit) {
        values[9] = Numbers.format(v);
        values[10] = unit;
        return this;
    }

    public EventRow detail(String v) {
        values[11] = v;
        return this;
    }

    /** The value of column {@code index} of {@link #COLUMNS}, or {@code null} when empty. */
    public String get(int index) {
        return values[index];
    }
}
