package org.lngsim.compare;

/**
 * One headline number of a run, known by a key that is the same in every run of the same world
 * ({@code grid:tokyo:unservedGWh}), so runs line up row by row even when one lacks an entity. For
 * a run written by an ensemble, the number is the ensemble's median and {@code draws} holds every
 * replication; otherwise (one draw, or a figure the ensemble does not keep) {@code draws} is null.
 */
public record Headline(String key, String label, double value, Better better, Draws draws) {

    /** A single draw's number. */
    public Headline(String key, String label, double value, Better better) {
        this(key, label, value, better, null);
    }

    public boolean ranged() {
        return draws != null;
    }
}
