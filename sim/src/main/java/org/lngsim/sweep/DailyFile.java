package org.lngsim.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.lngsim.files.AtomicFiles;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.yaml.Location;

/**
 * {@code daily.csv}: each run's daily shortfall ({@code run,day,entity,unserved,unit}), appended
 * before the run's results row. After a kill, rows of runs missing from results.csv (and a torn
 * last line) are expected: on resume they are left out of a new copy, written atomically, since
 * those runs run again. A malformed complete row is refused, as in results.csv.
 */
final class DailyFile implements AutoCloseable {

    static final String FILE = "daily.csv";
    static final String HEADER = "run,day,entity,unserved,unit";
    private static final Pattern ROW = Pattern.compile("(0|[1-9][0-9]{0,8}),[0-9]{1,6},(grid|pool)/[^,]+,-?[0-9]+(\\.[0-9]+)?,(GWh|mmscmd)");

    private final Path path;
    private BufferedWriter writer;
    private boolean stopped;

    DailyFile(Path folder) {
        this.path = folder.resolve(FILE);
    }

    /** Opens for appending, keeping (on resume) the rows of {@code doneRuns} only. */
    synchronized void open(boolean resume, BitSet doneRuns) throws IOException, SweepException {
        if (resume && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            Kept kept = keep(path, doneRuns);
            AtomicFiles.write(path, out -> {
                out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
                copy(path, kept, out);
            });
        } else {
            AtomicFiles.writeString(path, HEADER + "\n");
        }
        writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** The byte ranges of the rows to keep, after checking every complete row. */
    record Kept(List<long[]> ranges) {
    }

    /** The rows of {@code doneRuns} in {@code path}; any malformed complete row is refused. */
    static Kept keep(Path path, BitSet doneRuns) throws IOException, SweepException {
        List<long[]> ranges = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        CsvLines.read(path, line -> {
            if (!line.terminated()) {
                return; // torn by a kill: its run is not in results.csv, so it runs again
            }
            String problem = line.number() == 1 ? (line.text().equals(HEADER) ? null : "is not daily.csv's header " + HEADER)
                    : line.tooLong() || !ROW.matcher(line.text()).matches() ? "is not a daily row (" + HEADER + ")" : null;
            if (problem != null) {
                if (problems.size() < ResultRows.MAX_REPORTED) {
                    problems.add(new Problem(new Location(path.toString(), line.number(), 1), "", problem
                            + "; lngsim continues only from rows it wrote: fix or remove the line, or start the sweep "
                            + "again in another --out"));
                }
                return;
            }
            if (line.number() > 1 && doneRuns.get(Integer.parseInt(line.text().substring(0, line.text().indexOf(','))))) {
                extend(ranges, line.start(), line.end());
            }
        });
        if (!problems.isEmpty()) {
            throw new SweepException(problems);
        }
        return new Kept(ranges);
    }

    /** Adds a row's bytes, joining it to the previous range when adjacent (whole runs stay one copy). */
    private static void extend(List<long[]> ranges, long start, long end) {
        if (!ranges.isEmpty() && ranges.get(ranges.size() - 1)[1] == start) {
            ranges.get(ranges.size() - 1)[1] = end;
        } else {
            ranges.add(new long[] {start, end});
        }
    }

    /** Copies the byte ranges (ascending, disjoint) of {@code file} to {@code out} in one pass. */
    static void copy(Path file, Kept kept, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long position = 0;
            for (long[] range : kept.ranges()) {
                in.skipNBytes(range[0] - position);
                long left = range[1] - range[0];
                while (left > 0) {
                    int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (read < 0) {
                        throw new IOException(file + " shrank while it was being copied");
                    }
                    out.write(buffer, 0, read);
                    left -= read;
                }
                position = range[1];
            }
        }
    }

    /** Appends a run's rows together, unless the sweep was stopped. */
    synchronized void append(List<String> rows) throws IOException {
        if (stopped) {
            return;
        }
        for (String row : rows) {
            writer.write(row);
            writer.write('\n');
        }
        writer.flush();
    }

    /** Takes no more rows; a run's rows being written are finished first. */
    synchronized void stop() {
        stopped = true;
    }

    /** Rewrites the file in run order (each run's rows are already in day order), atomically. */
    void sortByRun() throws IOException {
        close();
        RunOrder.sort(path, path, HEADER, RunOrder.Duplicates.FIRST);
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
