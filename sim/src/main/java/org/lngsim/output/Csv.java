package org.lngsim.output;

import java.io.IOException;
import java.io.Writer;

/** RFC 4180 quoting for the CSV files: only fields that need it are quoted, lines end in LF. */
public final class Csv {

    private Csv() {
    }

    /** Writes {@code field} (null as empty), quoted when it holds a comma, quote or line break. */
    public static void field(Writer out, String field) throws IOException {
        if (field == null || field.isEmpty()) {
            return;
        }
        if (needsQuotes(field)) {
            out.write('"');
            out.write(field.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(field);
        }
    }

    /** Writes a whole row of fields and the line end. */
    public static void row(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            field(out, fields[i]);
        }
        out.write('\n');
    }

    private static boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
