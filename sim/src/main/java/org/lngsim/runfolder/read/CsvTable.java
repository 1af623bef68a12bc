package org.lngsim.runfolder.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lngsim.runfolder.CsvColumn;

/**
 * A CSV file of a run folder read whole (they are a few MB at most): a header and rows of
 * strings. Parses RFC 4180 quoting, since event details hold commas and quotes.
 */
final class CsvTable {

    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String[]> rows;

    private CsvTable(List<String> header, List<String[]> rows) {
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
        this.rows = rows;
    }

    static CsvTable read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static CsvTable parse(String text) throws IOException {
        List<List<String>> records = records(text);
        if (records.isEmpty()) {
            throw new IOException("the file is empty (no header line)");
        }
        List<String[]> rows = new ArrayList<>(records.size() - 1);
        int width = records.get(0).size();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() != width) {
                throw new IOException("line " + (i + 1) + " has " + record.size() + " fields, the header " + width);
            }
            rows.add(record.toArray(String[]::new));
        }
        return new CsvTable(records.get(0), rows);
    }

    List<String[]> rows() {
        return rows;
    }

    /** The index of a column the file must have. */
    int column(CsvColumn column) throws IOException {
        Integer index = columns.get(column.header());
        if (index == null) {
            throw new IOException("no column '" + column.header() + "'");
        }
        return index;
    }

    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> { }
                case '\n' -> {
                    record.add(field.toString());
                    records.add(record);
                    record = new ArrayList<>();
                    field.setLength(0);
                    any = false;
                }
                default -> {
                    field.append(c);
                    any = true;
                }
            }
        }
        if (any) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
