package org.lngsim.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code daily.csv}: each run's daily shortfall ({@code run,day,entity,unserved,unit}), appended
 * before the run's results row, so after a kill the rows of runs missing from results.csv are
 * dropped on resume. Sorted by run and day when the sweep completes.
 */
final class DailyFile implements AutoCloseable {

    static final String FILE = "daily.csv";
    static final String HEADER = "run,day,entity,unserved,unit";
    private static final java.util.regex.Pattern RUN_NUMBER = java.util.regex.Pattern.compile("[0-9]{1,9}");
    private static final long COMMAS = HEADER.chars().filter(c -> c == ',').count();

    private final Path path;
    private BufferedWriter writer;

    DailyFile(Path folder) {
        this.path = folder.resolve(FILE);
    }

    void open(boolean resume, Set<Integer> doneRuns) throws IOException {
        List<String> kept = new ArrayList<>();
        if (resume && Files.exists(path)) {
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                int comma = line.indexOf(',');
                // a row torn by a kill is dropped with its run, which is run again
                if (comma > 0 && RUN_NUMBER.matcher(line.substring(0, comma)).matches()
                        && line.chars().filter(c -> c == ',').count() == COMMAS
                        && doneRuns.contains(Integer.parseInt(line.substring(0, comma)))) {
                    kept.add(line);
                }
            }
        }
        writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        writer.write(HEADER);
        writer.write('\n');
        for (String line : kept) {
            writer.write(line);
            writer.write('\n');
        }
        writer.flush();
    }

    synchronized void append(List<String> rows) throws IOException {
        for (String row : rows) {
            writer.write(row);
            writer.write('\n');
        }
        writer.flush();
    }

    void sortByRun() throws IOException {
        close();
        List<String> rows = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
        rows.remove(0);
        rows.sort(Comparator.<String>comparingInt(r -> Integer.parseInt(r.split(",")[0]))
                .thenComparingInt(r -> Integer.parseInt(r.split(",")[1])).thenComparing(r -> r.split(",")[2]));
        Path aside = path.resolveSibling(FILE + ".sorting");
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(rows);
        Files.write(aside, lines, StandardCharsets.UTF_8);
        Files.move(aside, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
