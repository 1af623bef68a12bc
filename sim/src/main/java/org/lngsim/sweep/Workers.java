package org.lngsim.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.lngsim.run.InvariantViolation;

/**
 * The pool that runs a sweep's runs and an ensemble's replications: tasks 0 … n−1 on at most
 * {@code threads} workers, each taking the next task when it finishes one; after a failure or a
 * stop no new task starts, and the first failure is thrown. Tasks must not depend on each other
 * or on the order they finish in (their results are put in task order by the caller), which is
 * what keeps outputs independent of the thread count.
 */
final class Workers {

    /** One task, by its number. */
    @FunctionalInterface
    interface Task {
        void run(int index) throws IOException, SweepException, InvariantViolation;
    }

    private Workers() {
    }

    static void run(int count, int threads, BooleanSupplier stopped, Task task)
            throws IOException, SweepException, InvariantViolation {
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        int workers = Math.max(1, Math.min(threads, count));
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count && !failed.get() && !stopped.getAsBoolean();
                            i = next.getAndIncrement()) {
                        try {
                            task.run(i);
                        } catch (Exception | Error e) {
                            failed.set(true);
                            throw e;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                await(future);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Future<?> future) throws IOException, SweepException, InvariantViolation {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SweepException sweep) {
                throw sweep;
            }
            if (cause instanceof InvariantViolation violation) {
                throw violation;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "lngsim-sweep");
            thread.setDaemon(true);
            return thread;
        };
    }
}
