package org.lngsim.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * Builds and exports a set of charts on a small pool of threads: a run's briefing draws eight
 * charts, about a third of a {@code lngsim run}'s wall time when drawn one after the other (issue
 * 17). Each chart is built and exported to every format by one task, in the order given, as it
 * was drawn alone, so the bytes are the same whatever the number of threads; the answer keeps the
 * order of the charts given.
 */
public final class ChartBatch {

    /** More threads than charts or cores buys nothing; four keep a briefing's eight charts busy. */
    static final int MAX_THREADS = 4;

    private ChartBatch() {
    }

    /** A chart's bytes in each format asked for. */
    public record Drawn(Map<ChartFormat, byte[]> bytes) {
        public Drawn {
            bytes = Map.copyOf(bytes);
        }

        public byte[] in(ChartFormat format) {
            return Objects.requireNonNull(bytes.get(format), () -> "not drawn as " + format);
        }
    }

    /**
     * Builds each chart and exports it to {@code formats}, on up to {@code threads} threads (at
     * most {@link #MAX_THREADS}, at least one).
     *
     * @throws IOException when an export fails (the first failure in the charts' order)
     */
    public static <K> Map<K, Drawn> draw(Map<K, Supplier<JFreeChart>> charts, Set<ChartFormat> formats, int threads)
            throws IOException {
        List<Map.Entry<K, Supplier<JFreeChart>>> work = new ArrayList<>(charts.entrySet());
        int poolSize = Math.max(1, Math.min(Math.min(threads, MAX_THREADS), work.size()));
        Map<K, Drawn> drawn = new LinkedHashMap<>();
        if (poolSize == 1) {
            for (Map.Entry<K, Supplier<JFreeChart>> e : work) {
                drawn.put(e.getKey(), drawOne(e.getValue(), formats));
            }
            return drawn;
        }
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, r -> {
            Thread t = new Thread(r, "lngsim-charts-" + number.incrementAndGet());
            t.setDaemon(true); // never keeps the JVM alive after a failure elsewhere
            return t;
        });
        try {
            List<Future<Drawn>> futures = new ArrayList<>();
            for (Map.Entry<K, Supplier<JFreeChart>> e : work) {
                futures.add(pool.submit(() -> drawOne(e.getValue(), formats)));
            }
            for (int i = 0; i < work.size(); i++) {
                drawn.put(work.get(i).getKey(), result(futures.get(i)));
            }
            return drawn;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Drawn drawOne(Supplier<JFreeChart> build, Set<ChartFormat> formats) throws IOException {
        JFreeChart chart = build.get();
        Map<ChartFormat, byte[]> bytes = new EnumMap<>(ChartFormat.class);
        for (ChartFormat format : formats) {
            bytes.put(format, ChartExporter.export(chart, format));
        }
        return new Drawn(bytes);
    }

    private static Drawn result(Future<Drawn> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing charts", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }
}
