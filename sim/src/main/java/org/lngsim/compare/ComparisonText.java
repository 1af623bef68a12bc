package org.lngsim.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The headline table as plain text for the console: one line per measure, each run's number (an
 * ensemble's median with its 5–95% range) and each later run's difference from the first, in
 * columns padded to their widest cell.
 */
public final class ComparisonText {

    private ComparisonText() {
    }

    public static String of(Comparison comparison) {
        List<String> names = comparison.names();
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("measure"));
        List<Integer> replications = comparison.replications();
        for (int i = 0; i < names.size(); i++) {
            header.add(names.get(i) + (replications.get(i) == 1 ? "" : " (median of " + replications.get(i) + ")"));
            if (i > 0) {
                header.add("difference");
            }
        }
        lines.add(header);
        for (ComparisonTable.Row row : comparison.table().rows()) {
            List<String> cells = new ArrayList<>(List.of(row.label()));
            for (int i = 0; i < row.values().size(); i++) {
                cells.add(CellText.value(row.values().get(i), row.draws().get(i)));
                if (i > 0) {
                    cells.add(CellText.difference(row.differences().get(i)));
                }
            }
            lines.add(cells);
        }
        return aligned(lines);
    }

    private static String aligned(List<List<String>> lines) {
        int columns = lines.get(0).size();
        int[] widths = new int[columns];
        for (List<String> line : lines) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> line : lines) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = line.get(c);
                row.append(c == 0 ? String.format("%-" + widths[c] + "s", cell) : String.format("  %" + widths[c] + "s", cell));
            }
            text.append(row.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
