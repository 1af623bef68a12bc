package org.lngsim.backcast;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lngsim.charts.ChartFormat;
import org.lngsim.files.FolderKind;
import org.lngsim.files.Leftovers;
import org.lngsim.files.ScratchFolder;
import org.lngsim.files.StagedFolder;
import org.lngsim.output.RunSummary;
import org.lngsim.run.InvariantViolation;
import org.lngsim.run.ScenarioRunner;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.runfolder.read.RunFolderException;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.stats.ReplicationSeeds;

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

    /**
     * One replayed event: its comparisons (over every replication), and replication 0's summary and
     * run folder as read back (the run its chart draws and {@code runs/<event>/} holds).
     */
    public record EventResult(BackcastEvent event, List<Comparison> comparisons, RunSummary summary, RunFolder run) {
    }

    /** What a back-cast produced. */
    public record Outcome(Path folder, List<EventResult> events) {

        public List<Comparison> comparisons() {
            return events.stream().flatMap(e -> e.comparisons().stream()).toList();
        }

        public List<Comparison> unexplained() {
            return comparisons().stream().filter(Comparison::unexplained).toList();
        }

        public List<Comparison> stale() {
            return comparisons().stream().filter(Comparison::stale).toList();
        }
    }

    /**
     * The replications a back-cast judges unless told: as many as {@code lngsim run}'s ensembles
     * (README "Ensembles"), so a figure's verdict rests on the same spread a planner's run shows.
     */
    public static final int DEFAULT_REPLICATIONS = 20;

    private final ScenarioRunner runner;
    private final ScenarioLoader loader;
    private final Set<ChartFormat> formats;
    private final int threads;
    private final int replications;

    /** A back-cast of one draw per event (each event's own seed). */
    public Backcast(ScenarioRunner runner, Set<ChartFormat> formats, int threads) {
        this(runner, new ScenarioLoader(), formats, threads, 1);
    }

    /**
     * A back-cast of {@code replications} draws per event: replication 0 is the event's own seed
     * and its run folder is kept in {@code runs/<event>/}; replication i runs the seed
     * {@link ReplicationSeeds#ofReplication} gives, in a scratch folder read back and deleted.
     */
    public Backcast(ScenarioRunner runner, ScenarioLoader loader, Set<ChartFormat> formats, int threads,
            int replications) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, not " + replications);
        }
        this.runner = runner;
        this.loader = loader;
        this.formats = Set.copyOf(formats);
        this.threads = threads;
        this.replications = replications;
    }

    /** Runs every event of {@code library} and writes the back-cast folder {@code out} atomically. */
    public Outcome run(BackcastLibrary library, Path out) throws IOException, InvariantViolation {
        Leftovers.recover(out);
        try (StagedFolder staged = StagedFolder.open(out, FolderKind.BACKCAST);
                ScratchFolder scratch = ScratchFolder.create("backcast")) {
            List<EventResult> results = replay(library, staged.dir().resolve(RUNS), scratch.path());
            BackcastFiles.write(staged.dir(), results, formats);
            return new Outcome(staged.commit(), results);
        }
    }

    /** One replication of one event: its figure for each observation, and the kept run of replication 0. */
    private record Draw(List<ModelValue> figures, RunSummary summary, RunFolder run) {
    }

    private List<EventResult> replay(BackcastLibrary library, Path runs, Path scratch)
            throws IOException, InvariantViolation {
        List<BackcastEvent> events = library.events();
        int tasks = events.size() * replications;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, tasks)));
        try {
            // event-major, so the first replication of every event starts first and the order of the
            // results is fixed whatever the thread count
            List<Future<Draw>> futures = new ArrayList<>();
            for (BackcastEvent event : events) {
                for (int r = 0; r < replications; r++) {
                    int replication = r;
                    futures.add(pool.submit(() -> replication == 0 ? draw(event, event.scenario(), runs.resolve(event.name()), true)
                            : draw(event, reseeded(event, replication),
                                    scratch.resolve(event.name() + "-" + replication), false)));
                }
            }
            List<EventResult> results = new ArrayList<>();
            for (int e = 0; e < events.size(); e++) {
                List<Draw> draws = new ArrayList<>();
                for (int r = 0; r < replications; r++) {
                    draws.add(await(futures.get(e * replications + r)));
                }
                results.add(result(events.get(e), draws, library.knownMisses()));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private LoadedScenario reseeded(BackcastEvent event, int replication) {
        long seed = ReplicationSeeds.ofReplication(event.scenario().scenario().seed(), replication);
        try {
            return loader.load(event.scenarioFile(), List.of("seed=" + seed));
        } catch (ScenarioException e) {
            // the event loaded with its own seed; any non-negative seed is valid
            throw new IllegalStateException("back-cast " + event.name() + " with seed " + seed + " did not load: "
                    + e.getMessage(), e);
        }
    }

    private static <T> T await(Future<T> future) throws IOException, InvariantViolation {
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

    /**
     * Runs one replication of {@code event} into {@code folder} and computes its figures from the
     * files; a scratch replication's folder is deleted once read ({@code keep} false).
     */
    private Draw draw(BackcastEvent event, LoadedScenario scenario, Path folder, boolean keep)
            throws IOException, InvariantViolation {
        ScenarioRunner.Result result = runner.run(scenario, folder, List.of(), true);
        RunFolder run;
        try {
            run = RunFolder.read(result.folder());
        } catch (RunFolderException e) {
            // written by this process a moment ago: unreadable is a bug, not bad input
            throw new IOException("back-cast " + event.name() + ": " + e.getMessage(), e);
        }
        ModelFigures figures = new ModelFigures(run);
        List<ModelValue> values = event.observations().stream().map(figures::of).toList();
        if (!keep) {
            ScratchFolder.delete(result.folder());
            return new Draw(values, null, null);
        }
        return new Draw(values, result.summary(), run);
    }

    private static EventResult result(BackcastEvent event, List<Draw> draws, Map<String, KnownMiss> misses) {
        List<ModelSpread> spreads = new ArrayList<>();
        for (int o = 0; o < event.observations().size(); o++) {
            int observation = o;
            spreads.add(ModelSpread.of(draws.stream().map(d -> d.figures().get(observation)).toList()));
        }
        Draw kept = draws.get(0);
        return new EventResult(event, compare(event, spreads, misses), kept.summary(), kept.run());
    }

    /** Each observation of {@code event} beside the model's figure over the replications, in order. */
    static List<Comparison> compare(BackcastEvent event, List<ModelSpread> spreads, Map<String, KnownMiss> misses) {
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < event.observations().size(); i++) {
            Observation o = event.observations().get(i);
            ModelSpread model = spreads.get(i);
            comparisons.add(new Comparison(event.name(), o, model, Verdict.of(o, model),
                    Optional.ofNullable(misses.get(KnownMiss.key(event.name(), o.figure())))));
        }
        return comparisons;
    }
}
