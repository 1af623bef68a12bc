package org.lngsim.compare;

/**
 * One headline number of a run, known by a key that is the same in every run of the same world
 * ({@code grid:tokyo:unservedGWh}), so runs line up row by row even when one lacks an entity.
 */
public record Headline(String key, String label, double value, Better better) {
}
