package org.lngsim.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.lngsim.files.AtomicFiles;

/**
 * Puts a sweep CSV in run order: results.csv (a row per run) and daily.csv (a block of rows per
 * run, already in day order). Rows are appended as runs finish, so each run's rows sit together
 * but runs are out of order; the blocks are sorted by run number, stably, and copied to the new
 * file, which is written atomically. Only 16 bytes per block are held, never the rows, so a sweep
 * of millions of runs sorts in an ordinary heap.
 */
final class RunOrder {

    /** What to do when a run has two blocks (shards that overlap, in a merge). */
    enum Duplicates {
        /** Keep one copy when they are identical; refuse when they differ. */
        IDENTICAL,
        /** Keep the first. */
        FIRST
    }

    /** A run whose two copies differ. */
    static final class Conflict extends IOException {
        private static final long serialVersionUID = 1L;
        private final int run;

        Conflict(int run) {
            super("run " + run + " has two different rows");
            this.run = run;
        }

        int run() {
            return run;
        }
    }

    private static final int RUN_BITS = 24; // runs < 2^24 > RunPlan.MAX_RUNS
    private static final long BLOCK_MASK = (1L << (63 - RUN_BITS)) - 1;

    private long[] starts = new long[1024];
    private long[] keys = new long[1024];
    private int blocks;
    private int lastRun = -1;
    private long end;

    private RunOrder() {
    }

    /**
     * Writes {@code source}'s rows, after its header, to {@code target} with {@code header} and the
     * runs in order. {@code source} must hold complete rows, each starting with its run number.
     */
    static void sort(Path source, Path target, String header, Duplicates duplicates) throws IOException {
        RunOrder order = new RunOrder();
        try {
            CsvLines.read(source, line -> {
                if (line.number() > 1) {
                    order.add(line);
                }
            });
        } catch (SweepException e) {
            throw new IllegalStateException(e); // the visitor above throws none
        }
        order.write(source, target, header, duplicates);
    }

    private void add(CsvLines.Line line) {
        int comma = line.text().indexOf(',');
        int run = Integer.parseInt(comma < 0 ? line.text() : line.text().substring(0, comma));
        end = line.end();
        if (run == lastRun && blocks > 0) {
            return; // the same run's next row: its block grows
        }
        if (blocks == starts.length) {
            starts = Arrays.copyOf(starts, blocks * 2);
            keys = Arrays.copyOf(keys, blocks * 2);
        }
        starts[blocks] = line.start();
        keys[blocks] = ((long) run << (63 - RUN_BITS)) | blocks;
        blocks++;
        lastRun = run;
    }

    private void write(Path source, Path target, String header, Duplicates duplicates) throws IOException {
        long[] sorted = Arrays.copyOf(keys, blocks);
        Arrays.sort(sorted); // by run, then by position: stable
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            AtomicFiles.write(target, out -> {
                out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
                byte[] previous = null;
                long previousRun = -1;
                for (long key : sorted) {
                    int block = (int) (key & BLOCK_MASK);
                    long run = key >>> (63 - RUN_BITS);
                    byte[] bytes = read(in, starts[block], block + 1 < blocks ? starts[block + 1] : end);
                    if (run == previousRun) {
                        if (duplicates == Duplicates.IDENTICAL && !Arrays.equals(bytes, previous)) {
                            throw new Conflict((int) run);
                        }
                        continue;
                    }
                    out.write(bytes);
                    previous = bytes;
                    previousRun = run;
                }
            });
        }
    }

    private static byte[] read(FileChannel in, long from, long to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(to - from));
        while (buffer.hasRemaining()) {
            if (in.read(buffer, from + buffer.position()) < 0) {
                throw new IOException("the file shrank while it was being sorted");
            }
        }
        return buffer.array();
    }
}
