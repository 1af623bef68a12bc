package org.lngsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lngsim.events.Numbers;
import org.lngsim.files.InputFile;
import org.lngsim.output.RunSummary;
import org.lngsim.run.InvariantViolation;
import org.lngsim.run.ScenarioRunner;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;

/**
 * Runs a sweep (or one shard of it) on a pool of threads. Each finished run appends its row to
 * {@code results.csv} at once; {@code --resume} skips the runs already there. When all are done,
 * the rows are sorted by run number and {@code stats.csv} is written. Runs keep no per-run files.
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

    /** What a sweep did. */
    public record Outcome(int runsInShard, int runsDone, int runsSkipped, double seconds, Path folder) {
    }

    static final String SWEEP_JSON = "sweep.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final SweepSpec spec;
    private final RunPlan plan;
    private final ScenarioLoader loader = new ScenarioLoader();
    private int ranNow;
    private DailyFile dailyFile;

    public SweepRunner(SweepSpec spec) {
        this.spec = spec;
        this.plan = new RunPlan(spec);
    }

    public int totalRuns() {
        return plan.size();
    }

    public Outcome run(Path folder, int threads, boolean resume, int shard, int shards, Progress progress)
            throws IOException, SweepException, InvariantViolation {
        long started = System.nanoTime();
        Files.createDirectories(folder);
        if (!resume && Files.exists(folder.resolve(ResultsFile.FILE))) {
            throw SweepException.of(folder.toString(), "already holds a sweep's results.csv; add --resume to continue "
                    + "it, or choose another --out (nothing was changed)");
        }
        if (resume) {
            checkReadable(folder);
        }
        writeSweepJson(folder, shard, shards, resume);
        List<RunPlan.Run> runs = plan.shard(shard, shards);
        try (ResultsFile results = new ResultsFile(folder, columns());
                DailyFile daily = new DailyFile(folder)) {
            Set<Integer> done = results.open(resume);
            daily.open(resume, done);
            dailyFile = daily;
            List<RunPlan.Run> todo = runs.stream().filter(r -> !done.contains(r.index())).toList();
            ranNow = todo.size();
            progress.start(runs.size(), runs.size() - todo.size());
            execute(todo, threads, results, progress);
            results.sortByRun();
            daily.sortByRun();
        }
        SweepStats.write(folder.resolve(ResultsFile.FILE), spec.parameters().size(), folder.resolve(SweepStats.FILE));
        return new Outcome(runs.size(), ranNow, runs.size() - ranNow, (System.nanoTime() - started) / 1e9, folder);
    }

    private void execute(List<RunPlan.Run> todo, int threads, ResultsFile results, Progress progress)
            throws IOException, SweepException, InvariantViolation {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), daemonThreads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (RunPlan.Run run : todo) {
                futures.add(pool.submit(() -> {
                    results.append(row(run));
                    progress.runFinished();
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

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "lngsim-sweep");
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The columns of results.csv. */
    List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("run", "point", "replication", "seed"));
        spec.parameters().forEach(p -> columns.add(csvName(p.path())));
        spec.metrics().forEach(m -> columns.add(csvName(m)));
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
            throw SweepException.of(spec.file().toString(), "run " + run.index() + " (design point " + run.point()
                    + ") has an invalid scenario: " + e.problems().get(0).render());
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

    private RunSummary summarise(Scenario scenario, DailyShortfall daily) throws InvariantViolation {
        org.lngsim.output.SummaryRecorder recorder = new org.lngsim.output.SummaryRecorder(scenario);
        ScenarioRunner.simulate(scenario, List.of(recorder.listener(), daily));
        RunSummary on = recorder.summary();
        ScenarioRunner.checkMassBalance(on);
        if (spec.counterfactual() && scenario.protocolEnabled()) {
            return on.withCounterfactual(ScenarioRunner.summaryOnly(scenario.withoutProtocol()));
        }
        return on;
    }

    /** What a resume reads back must be regular files: a named pipe left in the folder would block it forever. */
    private static void checkReadable(Path folder) throws SweepException {
        for (String name : List.of(SWEEP_JSON, ResultsFile.FILE, DailyFile.FILE)) {
            Path file = folder.resolve(name);
            Optional<String> refusal = Files.exists(file) ? InputFile.refusal(file) : Optional.empty();
            if (refusal.isPresent()) {
                throw SweepException.of(file.toString(), refusal.get());
            }
        }
    }

    private void writeSweepJson(Path folder, int shard, int shards, boolean resume) throws IOException, SweepException {
        Path file = folder.resolve(SWEEP_JSON);
        if (resume && Files.exists(file)) {
            JsonNode existing = MAPPER.readTree(file.toFile());
            if (!spec.hash().equals(existing.path("hash").asText())
                    || existing.path("shard").asInt() != shard || existing.path("shards").asInt() != shards) {
                throw SweepException.of(file.toString(), "this folder holds another sweep or shard (hash "
                        + existing.path("hash").asText() + "); resume it with the same file and --shard");
            }
            return;
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", spec.name());
        info.put("hash", spec.hash());
        info.put("sweepFile", spec.file().toString());
        info.put("base", spec.base().toString());
        info.put("designPoints", plan.points().size());
        info.put("replications", spec.replications());
        info.put("totalRuns", plan.size());
        info.put("shard", shard);
        info.put("shards", shards);
        info.put("parameters", spec.parameters().stream().map(SweepSpec.Parameter::path).toList());
        info.put("metrics", spec.metrics());
        Path aside = folder.resolve(SWEEP_JSON + ".partial");
        MAPPER.writeValue(aside.toFile(), info);
        Files.move(aside, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
