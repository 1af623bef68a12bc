package org.lngsim.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code results.csv}: one row per finished run, appended and flushed at once so a killed sweep
 * loses at most the row being written. On resume a torn last line is cut off; the rows are
 * sorted by run number when the sweep completes.
 */
final class ResultsFile implements AutoCloseable {

    static final String FILE = "results.csv";

    private final Path path;
    private final String header;
    private BufferedWriter writer;

    ResultsFile(Path folder, List<String> columns) {
        this.path = folder.resolve(FILE);
        this.header = String.join(",", columns);
    }

    /** Opens for appending; with {@code resume}, keeps complete rows of the same sweep and returns their runs. */
    Set<Integer> open(boolean resume) throws IOException, SweepException {
        Set<Integer> done = new LinkedHashSet<>();
        if (resume && Files.exists(path)) {
            cutTornLine();
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(header)) {
                throw SweepException.of(path.toString(), "this results.csv has other columns than this sweep's "
                        + "(a different sweep file?); use another --out folder");
            }
            for (int i = 1; i < lines.size(); i++) {
                done.add(runNumber(lines.get(i), i + 1));
            }
            writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } else {
            writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            writer.write(header);
            writer.write('\n');
            writer.flush();
        }
        return done;
    }

    private int runNumber(String line, int lineNumber) throws SweepException {
        int comma = line.indexOf(',');
        try {
            return Integer.parseInt(comma < 0 ? line : line.substring(0, comma));
        } catch (NumberFormatException e) {
            throw new SweepException(java.util.List.of(new org.lngsim.scenario.Problem(
                    new org.lngsim.scenario.yaml.Location(path.toString(), lineNumber, 1), "",
                    "not a results row (expected a run number first): '" + (line.length() > 40 ? line.substring(0, 40) + "…" : line)
                            + "'; fix or remove the line, or start the sweep in another --out")));
        }
    }

    synchronized void append(String row) throws IOException {
        writer.write(row);
        writer.write('\n');
        writer.flush();
    }

    /** Rewrites the file sorted by run number (written aside, then moved over it). */
    void sortByRun() throws IOException {
        close();
        sortByRun(path, header);
    }

    static void sortByRun(Path file, String header) throws IOException {
        List<String> rows = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        rows.remove(0);
        rows.sort(Comparator.comparingInt(r -> Integer.parseInt(r.substring(0, r.indexOf(',')))));
        Path aside = file.resolveSibling(file.getFileName() + ".sorting");
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        Files.write(aside, lines, StandardCharsets.UTF_8);
        Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void cutTornLine() throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
                channel.truncate(end);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
