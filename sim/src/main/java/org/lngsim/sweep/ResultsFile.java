package org.lngsim.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.List;
import org.lngsim.files.AtomicFiles;
import org.lngsim.files.OutputException;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.yaml.Location;

/**
 * {@code results.csv}: one row per finished run, appended and flushed at once so a killed sweep
 * loses at most the row being written. On resume every row is checked ({@link ResultRows}); a torn
 * last line (no newline: the process died writing it) is the one thing repaired, by cutting it
 * off. When the sweep completes the rows are put in run order ({@link RunOrder}), atomically.
 */
final class ResultsFile implements AutoCloseable {

    static final String FILE = "results.csv";

    /** What a resumed file held: the runs done, and a note when a torn last line was dropped. */
    record Opened(BitSet done, String note) {
    }

    private final Path path;
    private final String header;
    private BufferedWriter writer;
    private int saved;
    private boolean stopped;

    ResultsFile(Path folder, List<String> columns) {
        this.path = folder.resolve(FILE);
        this.header = String.join(",", columns);
    }

    /**
     * Opens for appending. With {@code resume} and a file present, checks every row with
     * {@code rows} and refuses the file when any is bad; otherwise starts a file with the header.
     */
    synchronized Opened open(boolean resume, ResultRows rows) throws IOException, SweepException {
        Opened opened = new Opened(new BitSet(), null);
        if (resume && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            opened = check(rows);
        } else {
            AtomicFiles.writeString(path, header + "\n");
        }
        saved = opened.done().cardinality();
        writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return opened;
    }

    private Opened check(ResultRows rows) throws IOException, SweepException {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputException(path + ": is not a plain file; lngsim does not follow links in a sweep folder");
        }
        long[] torn = {-1};
        int[] tornLine = {0};
        CsvLines.read(path, line -> {
            if (line.number() == 1) {
                checkHeader(line.terminated() ? line.text() : ""); // the header is written whole, never torn
            } else if (!line.terminated()) {
                torn[0] = line.start();
                tornLine[0] = line.number();
            } else {
                rows.check(line);
            }
        });
        if (Files.size(path) == 0) {
            checkHeader("");
        }
        if (!rows.problems().isEmpty()) {
            throw new SweepException(rows.problems());
        }
        if (torn[0] < 0) {
            return new Opened(rows.runs(), null);
        }
        // Cutting the torn bytes off is one truncate: the complete rows before it are never
        // rewritten, so no kill during the repair can lose them.
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            channel.truncate(torn[0]);
            channel.force(true);
        }
        return new Opened(rows.runs(), path + ":" + tornLine[0] + ": dropped an incomplete last line (the sweep was "
                + "stopped while writing it); its run runs again");
    }

    private void checkHeader(String line) throws SweepException {
        if (!line.equals(header)) {
            throw new SweepException(List.of(new Problem(new Location(path.toString(), 1, 1), "",
                    "has other columns than this sweep's (a different sweep file?); use another --out folder")));
        }
    }

    /** Appends a finished run's row, unless the sweep was stopped: a stopped file takes no more. */
    synchronized void append(String row) throws IOException {
        if (stopped) {
            return;
        }
        writer.write(row);
        writer.write('\n');
        writer.flush();
        saved++;
    }

    /**
     * Takes no more rows. Synchronized with {@link #append}, so a row being written is finished
     * first: a stop never leaves half a row.
     *
     * @return the runs saved in the file
     */
    synchronized int stop() {
        stopped = true;
        return saved;
    }

    synchronized boolean stopped() {
        return stopped;
    }

    /** The runs saved in the file. */
    synchronized int saved() {
        return saved;
    }

    /** Rewrites the file in run order, atomically. */
    void sortByRun() throws IOException {
        close();
        RunOrder.sort(path, path, header, RunOrder.Duplicates.IDENTICAL);
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
