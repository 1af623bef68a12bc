package org.lngsim.sweep;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a sweep's CSV file line by line, streaming, with each line's byte offsets and whether it
 * ended with a newline: a file appended to by a killed process may end in a torn line, which only
 * the missing newline tells apart from a complete one.
 */
final class CsvLines {

    /** Longer lines are not lngsim's: they are reported, not held in memory. */
    static final int MAX_LINE = 1 << 20;

    /** One line: its 1-based number, text (without the newline), byte offsets and ending. */
    record Line(int number, String text, long start, long end, boolean terminated, boolean tooLong) {
    }

    /** What is done with each line. */
    @FunctionalInterface
    interface Visitor {
        void visit(Line line) throws IOException, SweepException;
    }

    private CsvLines() {
    }

    /** Visits every line of {@code file} in order. */
    static void read(Path file, Visitor visitor) throws IOException, SweepException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long offset = 0;
            long start = 0;
            int number = 1;
            boolean tooLong = false;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                int from = 0;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        tooLong |= append(line, buffer, from, i);
                        long end = offset + i + 1;
                        visitor.visit(new Line(number++, text(line), start, end, true, tooLong));
                        line.reset();
                        tooLong = false;
                        start = end;
                        from = i + 1;
                    }
                }
                tooLong |= append(line, buffer, from, read);
                offset += read;
            }
            if (offset > start) {
                visitor.visit(new Line(number, text(line), start, offset, false, tooLong));
            }
        }
    }

    /** Adds bytes to the line up to {@link #MAX_LINE}; true when some did not fit. */
    private static boolean append(ByteArrayOutputStream line, byte[] buffer, int from, int to) {
        int room = Math.max(0, MAX_LINE - line.size());
        line.write(buffer, from, Math.min(room, to - from));
        return to - from > room;
    }

    private static String text(ByteArrayOutputStream line) {
        return line.toString(StandardCharsets.UTF_8);
    }
}
