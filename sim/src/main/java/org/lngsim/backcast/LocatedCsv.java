package org.lngsim.backcast;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC-4180 CSV that remembers where each field began, so a bad value in a hand-written
 * {@code observed.csv} is reported at its line and column. Quoted fields may hold commas, doubled
 * quotes and line breaks; blank lines are skipped.
 */
final class LocatedCsv {

    /** One field and where it starts (1-based line and column). */
    record Cell(String text, int line, int column) {
    }

    /** A syntax error: an unterminated quote, or text after a closing quote. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        SyntaxError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    private final String text;
    private int position;
    private int line = 1;
    private int column = 1;

    private LocatedCsv(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The records of {@code text}, each a list of cells; the first is the header. */
    static List<List<Cell>> parse(String text) throws SyntaxError {
        return new LocatedCsv(text).records();
    }

    private List<List<Cell>> records() throws SyntaxError {
        List<List<Cell>> records = new ArrayList<>();
        while (position < text.length()) {
            List<Cell> record = record();
            boolean blank = record.size() == 1 && record.get(0).text().isEmpty();
            if (!blank) {
                records.add(record);
            }
        }
        return records;
    }

    private List<Cell> record() throws SyntaxError {
        List<Cell> cells = new ArrayList<>();
        while (true) {
            cells.add(field());
            if (position >= text.length()) {
                return cells;
            }
            char c = text.charAt(position);
            if (c == ',') {
                advance();
            } else {
                endOfLine();
                return cells;
            }
        }
    }

    private void endOfLine() {
        if (text.charAt(position) == '\r') {
            advance();
        }
        if (position < text.length() && text.charAt(position) == '\n') {
            advance();
        }
    }

    private Cell field() throws SyntaxError {
        int startLine = line;
        int startColumn = column;
        if (position < text.length() && text.charAt(position) == '"') {
            return new Cell(quoted(startLine, startColumn), startLine, startColumn);
        }
        StringBuilder value = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                throw new SyntaxError("a quote inside an unquoted field; quote the whole field and double the quote",
                        line, column);
            }
            value.append(c);
            advance();
        }
        return new Cell(value.toString().strip(), startLine, startColumn);
    }

    private String quoted(int startLine, int startColumn) throws SyntaxError {
        advance();
        StringBuilder value = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '"') {
                if (position + 1 < text.length() && text.charAt(position + 1) == '"') {
                    value.append('"');
                    advance();
                    advance();
                    continue;
                }
                advance();
                if (position < text.length() && ",\r\n".indexOf(text.charAt(position)) < 0) {
                    throw new SyntaxError("text after the closing quote of a field", line, column);
                }
                return value.toString();
            }
            value.append(c);
            advance();
        }
        throw new SyntaxError("a quoted field is never closed", startLine, startColumn);
    }

    private void advance() {
        if (text.charAt(position) == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        position++;
    }
}
