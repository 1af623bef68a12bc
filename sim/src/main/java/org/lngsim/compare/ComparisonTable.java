package org.lngsim.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline numbers of several runs, row by row, each run's difference from the first. Rows
 * come in the reference run's order, then any key only a later run has, so a world with an extra
 * grid still shows it (as missing in the others).
 */
public final class ComparisonTable {

    /**
     * One measure across the runs: values (an ensemble's median), their draws (null for a single
     * draw) and differences in run order (null value: missing).
     */
    public record Row(String key, String label, Better better, List<Double> values, List<Draws> draws,
            List<Difference> differences) {
        public Row {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
            draws = java.util.Collections.unmodifiableList(new ArrayList<>(draws));
            differences = List.copyOf(differences);
        }
    }

    private final List<Row> rows;

    private ComparisonTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** {@code runs}: each run's headlines, the reference first. */
    public static ComparisonTable of(List<List<Headline>> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to compare");
        }
        Map<String, Headline> first = new LinkedHashMap<>();
        List<Map<String, Headline>> byKey = new ArrayList<>();
        for (List<Headline> run : runs) {
            Map<String, Headline> keyed = new LinkedHashMap<>();
            run.forEach(h -> keyed.put(h.key(), h));
            keyed.forEach(first::putIfAbsent);
            byKey.add(keyed);
        }
        List<Row> rows = new ArrayList<>();
        for (Headline shape : first.values()) {
            List<Headline> cells = byKey.stream().map(run -> run.get(shape.key())).toList();
            List<Double> values = new ArrayList<>();
            List<Draws> draws = new ArrayList<>();
            List<Difference> differences = new ArrayList<>();
            for (Headline cell : cells) {
                values.add(cell == null ? null : cell.value());
                draws.add(cell == null ? null : cell.draws());
                differences.add(Difference.between(cells.get(0), cell));
            }
            rows.add(new Row(shape.key(), shape.label(), shape.better(), values, draws, differences));
        }
        return new ComparisonTable(rows);
    }

    public List<Row> rows() {
        return rows;
    }
}
