package org.lngsim.backcast;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lngsim.charts.ChartFormat;
import org.lngsim.files.FolderKind;
import org.lngsim.files.Leftovers;
import org.lngsim.files.StagedFolder;
import org.lngsim.output.RunSummary;
import org.lngsim.run.InvariantViolation;
import org.lngsim.run.ScenarioRunner;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.runfolder.read.RunFolderException;

/**
 * Replays a library's events and compares each with its observations. Each event runs into
 * {@code runs/<event>/} of the back-cast folder (a full run folder: {@code lngsim chart} draws it),
 * the comparisons are computed from those files only, and the folder is written aside and moved
 * into place complete, like a run folder. Events run in parallel; the results do not depend on the
 * number of threads, since each run depends only on its own scenario and seed.
 */
public final class Backcast {

    /** The folder of the events' run folders, inside the back-cast folder. */
    public static final String RUNS = "runs";

    /** One replayed event: its comparisons, its run's summary and its run folder as read back. */
    public record EventResult(BackcastEvent event, List<Comparison> comparisons, RunSummary summary, RunFolder run) {
    }

    /** What a back-cast produced. */
    public record Outcome(Path folder, List<EventResult> events) {

        public List<Comparison> comparisons() {
            return events.stream().flatMap(e -> e.comparisons().stream()).toList();
        }

        public long count(Verdict verdict) {
            return comparisons().stream().filter(c -> c.verdict() == verdict).count();
        }

        public List<Comparison> unexplained() {
            return comparisons().stream().filter(Comparison::unexplained).toList();
        }

        public List<Comparison> stale() {
            return comparisons().stream().filter(Comparison::stale).toList();
        }
    }

    private final ScenarioRunner runner;
    private final Set<ChartFormat> formats;
    private final int threads;

    public Backcast(ScenarioRunner runner, Set<ChartFormat> formats, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.runner = runner;
        this.formats = Set.copyOf(formats);
        this.threads = threads;
    }

    /** Runs every event of {@code library} and writes the back-cast folder {@code out} atomically. */
    public Outcome run(BackcastLibrary library, Path out) throws IOException, InvariantViolation {
        Leftovers.recover(out);
        try (StagedFolder staged = StagedFolder.open(out, FolderKind.BACKCAST)) {
            List<EventResult> results = replay(library, staged.dir().resolve(RUNS));
            BackcastFiles.write(staged.dir(), results, formats);
            return new Outcome(staged.commit(), results);
        }
    }

    private List<EventResult> replay(BackcastLibrary library, Path runs) throws IOException, InvariantViolation {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, library.events().size())));
        try {
            List<Future<EventResult>> futures = new ArrayList<>();
            for (BackcastEvent event : library.events()) {
                futures.add(pool.submit(() -> replay(event, runs.resolve(event.name()), library.knownMisses())));
            }
            List<EventResult> results = new ArrayList<>();
            for (Future<EventResult> future : futures) {
                results.add(await(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static EventResult await(Future<EventResult> future) throws IOException, InvariantViolation {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof InvariantViolation violation) {
                throw violation;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    private EventResult replay(BackcastEvent event, Path folder, Map<String, KnownMiss> misses)
            throws IOException, InvariantViolation {
        ScenarioRunner.Result result = runner.run(event.scenario(), folder, List.of(), true);
        RunFolder run;
        try {
            run = RunFolder.read(result.folder());
        } catch (RunFolderException e) {
            // written by this process a moment ago: unreadable is a bug, not bad input
            throw new IOException("back-cast " + event.name() + ": " + e.getMessage(), e);
        }
        return new EventResult(event, compare(event, new ModelFigures(run), misses), result.summary(), run);
    }

    /** Each observation of {@code event} beside the model's figure from {@code figures}. */
    static List<Comparison> compare(BackcastEvent event, ModelFigures figures, Map<String, KnownMiss> misses) {
        List<Comparison> comparisons = new ArrayList<>();
        for (Observation o : event.observations()) {
            ModelValue model = figures.of(o);
            comparisons.add(new Comparison(event.name(), o, model, Verdict.of(o, model),
                    java.util.Optional.ofNullable(misses.get(KnownMiss.key(event.name(), o.figure())))));
        }
        return comparisons;
    }
}
