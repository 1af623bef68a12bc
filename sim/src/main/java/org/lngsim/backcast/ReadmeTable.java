package org.lngsim.backcast;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.lngsim.files.AtomicFiles;
import org.lngsim.files.InputFile;

/**
 * The README's back-cast table lives between two marker lines that {@code lngsim backcast
 * --readme} wrote; only the text between them is replaced, atomically, so the rest of the file is
 * never touched, and a file without both markers is refused unchanged.
 */
public final class ReadmeTable {

    public static final String BEGIN = "<!-- backcast-table:begin (written by lngsim backcast --readme; do not edit) -->";
    public static final String END = "<!-- backcast-table:end -->";
    private static final long MAX_BYTES = 2_000_000;

    private ReadmeTable() {
    }

    /** A README refused: why, in one line. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** {@code text} with the block between the markers replaced by {@code table}; empty without markers. */
    public static Optional<String> replaced(String text, String table) {
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin || text.indexOf(BEGIN, begin + 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(text.substring(0, begin + BEGIN.length()) + "\n\n" + table + "\n" + text.substring(end));
    }

    /** The table currently between the markers of {@code text}; empty without markers. */
    public static Optional<String> current(String text) {
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            return Optional.empty();
        }
        return Optional.of(text.substring(begin + BEGIN.length(), end).strip() + "\n");
    }

    /** Rewrites {@code readme}'s table; true when it changed. */
    public static boolean update(Path readme, String table) throws Refused, IOException {
        String text;
        try {
            text = new String(InputFile.read(readme, MAX_BYTES), StandardCharsets.UTF_8);
        } catch (InputFile.Refused e) {
            throw new Refused(readme + ": " + e.getMessage());
        }
        Optional<String> updated = replaced(text, table);
        if (updated.isEmpty()) {
            throw new Refused(readme + ": has no back-cast table to update (the lines " + BEGIN + " and " + END
                    + " once each); lngsim changes only that block, so add the two lines where the table belongs");
        }
        if (updated.get().equals(text)) {
            return false;
        }
        if (!Files.isWritable(readme)) {
            throw new Refused(readme + ": is not writable");
        }
        AtomicFiles.writeString(readme, updated.get());
        return true;
    }
}
