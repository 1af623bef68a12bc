package org.lngsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lngsim.events.Numbers;
import org.lngsim.output.RunSummary;
import org.lngsim.run.Experiment;
import org.lngsim.run.InvariantViolation;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;

/**
 * Runs a sweep (or one shard of it) on a pool of threads, in a locked sweep folder. Each finished
 * run appends its row to {@code results.csv} at once; {@code --resume} checks what is saved
 * against this sweep and skips the runs already there. When all are done, the rows are put in
 * run order and {@code stats.csv} is written, atomically. Runs keep no per-run files.
 */
public final class SweepRunner {

    /** How a caller follows progress (a terminal progress bar, or nothing in a pipe). */
    public interface Progress {
        void start(int total, int alreadyDone);

        void runFinished();

        static Progress none() {
            return new Progress() {
                @Override
                public void start(int total, int alreadyDone) {
                }

                @Override
                public void runFinished() {
                }
            };
        }
    }

    /** What is added to the folder, under its lock, once results and stats are written (charts). */
    @FunctionalInterface
    public interface Finisher {
        void finish(Path folder) throws IOException;
    }

    /**
     * What a sweep did. {@code notes} say what was repaired on resume; {@code stopped} is set when
     * {@link #stop} ended it early (results and stats are then not final).
     */
    public record Outcome(int runsInShard, int runsDone, int runsSkipped, double seconds, Path folder, List<String> notes,
            boolean stopped) {

        public Outcome {
            notes = List.copyOf(notes);
        }
    }

    /** How many of the shard's runs are saved in results.csv. */
    public record Saved(int saved, int total) {
    }

    static final String SWEEP_JSON = SweepJson.FILE;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final SweepSpec spec;
    private final RunPlan plan;
    private final ScenarioLoader loader = new ScenarioLoader();
    private volatile boolean stopRequested;
    private volatile ResultsFile resultsFile;
    private volatile DailyFile dailyFile;
    private volatile int shardRuns;

    public SweepRunner(SweepSpec spec) {
        this.spec = spec;
        this.plan = new RunPlan(spec);
    }

    public int totalRuns() {
        return plan.size();
    }

    public Outcome run(Path folder, int threads, boolean resume, int shard, int shards, Progress progress)
            throws IOException, SweepException, InvariantViolation {
        return run(folder, threads, resume, shard, shards, progress, f -> { });
    }

    /**
     * Runs the shard's runs not yet saved in {@code folder}, then sorts results.csv and daily.csv
     * and writes stats.csv, each atomically, and calls {@code finisher}, all under the folder's
     * lock. The folder must be missing, empty or this sweep's (and shard's) own.
     */
    public Outcome run(Path folder, int threads, boolean resume, int shard, int shards, Progress progress,
            Finisher finisher) throws IOException, SweepException, InvariantViolation {
        long started = System.nanoTime();
        shardRuns = plan.shardSize(shard, shards);
        try (SweepFolder locked = SweepFolder.open(folder)) {
            SweepJson.State state = SweepJson.of(spec, plan.points().size(), plan.size(), shard, shards);
            boolean resuming = prepare(folder, state, resume);
            List<String> notes = new ArrayList<>();
            int skipped;
            try (ResultsFile results = new ResultsFile(folder, columns());
                    DailyFile daily = new DailyFile(folder)) {
                ResultsFile.Opened opened = results.open(resuming,
                        new ResultRows(state, plan, folder.resolve(ResultsFile.FILE).toString()));
                if (opened.note() != null) {
                    notes.add(opened.note());
                }
                daily.open(resuming, opened.done());
                publish(results, daily);
                int[] todo = plan.todo(shard, shards, opened.done()).toArray();
                skipped = shardRuns - todo.length;
                progress.start(shardRuns, skipped);
                execute(todo, threads, results, progress);
                if (results.stopped()) {
                    return new Outcome(shardRuns, results.saved() - skipped, skipped, seconds(started), folder, notes, true);
                }
                results.sortByRun();
                daily.sortByRun();
            }
            SweepStats.write(folder.resolve(ResultsFile.FILE), spec.parameters().size(), folder.resolve(SweepStats.FILE));
            finisher.finish(folder);
            return new Outcome(shardRuns, shardRuns - skipped, skipped, seconds(started), folder, notes, false);
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Makes the open files visible to {@link #stop}; a stop that came first takes effect now. */
    private void publish(ResultsFile results, DailyFile daily) {
        resultsFile = results;
        dailyFile = daily;
        if (stopRequested) {
            stop();
        }
    }

    /**
     * Stops the sweep from any thread (a Ctrl-C's shutdown hook): no run starts after it and no
     * row is written after it, and a row being written is finished first, so every saved row is
     * whole. Runs saved so far stay for {@code --resume}.
     */
    public Saved stop() {
        stopRequested = true;
        ResultsFile results = resultsFile;
        int saved = results == null ? 0 : results.stop();
        DailyFile daily = dailyFile;
        if (daily != null) {
            daily.stop(); // after results: a run counted as saved always has its daily rows
        }
        return new Saved(saved, shardRuns);
    }

    /**
     * Whether the folder continues a saved sweep: its sweep.json must be this sweep's, shard's
     * and scenario's. A folder without one starts afresh, and gets one before any result.
     */
    private boolean prepare(Path folder, SweepJson.State state, boolean resume) throws IOException, SweepException {
        if (!SweepJson.exists(folder)) {
            SweepJson.write(folder, state);
            return false;
        }
        if (!resume) {
            throw SweepException.of(folder.toString(), "already holds a sweep (" + SweepJson.FILE + "); add --resume "
                    + "to continue it, or choose another --out (nothing was changed)");
        }
        SweepJson.State saved = SweepJson.read(folder);
        if (saved.mergedFrom() > 0) {
            throw SweepException.of(folder.toString(), "holds the merge of " + saved.mergedFrom() + " shards, which is "
                    + "not resumed: resume the shards, then merge them again");
        }
        SweepJson.checkSame(folder, saved, state);
        return true;
    }

    /**
     * Runs {@code todo} on {@code threads} workers, each taking the next run when it finishes one;
     * after a failure or a stop no new run starts. The first failure is thrown.
     */
    private void execute(int[] todo, int threads, ResultsFile results, Progress progress)
            throws IOException, SweepException, InvariantViolation {
        Workers.run(todo.length, threads, results::stopped, i -> {
            results.append(row(plan.run(todo[i])));
            progress.runFinished();
        });
    }

    /** The columns of results.csv. */
    List<String> columns() {
        return columns(spec.parameters().stream().map(SweepSpec.Parameter::path).toList(), spec.metrics());
    }

    /** The columns of a results.csv with these parameters and metrics. */
    static List<String> columns(List<String> parameters, List<String> metrics) {
        List<String> columns = new ArrayList<>(List.of("run", "point", "replication", "seed"));
        parameters.forEach(p -> columns.add(csvName(p)));
        metrics.forEach(m -> columns.add(csvName(m)));
        return columns;
    }

    private static String csvName(String path) {
        return path.contains(",") || path.contains("\"") ? "\"" + path.replace("\"", "\"\"") + "\"" : path;
    }

    /** Runs one design point and replication; its results.csv row. */
    String row(RunPlan.Run run) throws SweepException, InvariantViolation, IOException {
        Sampling.Point point = plan.points().get(run.point());
        List<String> sets = new ArrayList<>(spec.fixedSets());
        List<String> values = new ArrayList<>();
        for (int p = 0; p < spec.parameters().size(); p++) {
            String value = Sampling.text(point.values().get(p));
            sets.add(spec.parameters().get(p).path() + "=" + value);
            values.add(value);
        }
        sets.add("seed=" + run.seed());
        Scenario scenario;
        try {
            scenario = loader.load(spec.base(), sets).scenario();
        } catch (ScenarioException e) {
            List<String> assignments = sets.subList(spec.fixedSets().size(), spec.fixedSets().size() + values.size());
            throw new SweepException(List.of(new Problem(spec.parameters().get(0).at(), "parameters", "design point "
                    + run.point() + " (" + String.join(", ", assignments) + ") is not a valid scenario: "
                    + SweepChecks.describe(e.problems().get(0)) + "; each parameter's values were checked alone, so this "
                    + "comes from combining them: change the values so that every combination is valid")));
        }
        DailyShortfall daily = new DailyShortfall(run.index());
        JsonNode summary = MAPPER.valueToTree(summarise(scenario, daily));
        dailyFile.append(daily.rows());
        List<String> cells = new ArrayList<>(List.of(String.valueOf(run.index()), String.valueOf(run.point()),
                String.valueOf(run.replication()), String.valueOf(run.seed())));
        cells.addAll(values);
        for (String metric : spec.metrics()) {
            cells.add(Numbers.format(MetricPath.read(summary, metric)));
        }
        return String.join(",", cells);
    }

    /** The run and, when the sweep asks for it, its counterfactual, checked as {@code lngsim run} checks them. */
    private RunSummary summarise(Scenario scenario, DailyShortfall daily) throws InvariantViolation, IOException {
        return Experiment.of(scenario).counterfactual(spec.counterfactual())
                .protocolSide(on -> Experiment.Side.recording(on, daily))
                .run().summary();
    }
}
