package org.lngsim.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.lngsim.files.ScratchFolder;
import org.lngsim.charts.ChartFormat;
import org.lngsim.report.Briefing;
import org.lngsim.run.Experiment;
import org.lngsim.run.ScenarioRunner;
import org.lngsim.runfolder.read.RunFolderException;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.sweep.Ensemble;
import org.lngsim.run.InvariantViolation;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.ScenarioGeography;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.sweep.SweepException;
import org.lngsim.sweep.SweepLoader;
import org.lngsim.sweep.SweepRunner;

/**
 * What users run, timed in one invocation: the model's cost per step against a bare MASON schedule
 * measured <em>interleaved</em> (model and bare schedule alternate, round after round, so a slow
 * moment of the machine slows both and cancels in the ratio), every library scenario as a warm
 * with/without pair, the horizon's effect on cost, and the README's sweeps end to end.
 */
public final class SuiteBenchmark {

    /** How much to measure. */
    public record Plan(Path baseline, List<Path> library, List<Path> sweeps, Path ensembleScenario, int warmups,
            int rounds, int pairRuns, int threads) {

        public Plan {
            library = List.copyOf(library);
            sweeps = List.copyOf(sweeps);
            if (warmups < 0 || rounds < 1 || pairRuns < 1 || threads < 1) {
                throw new IllegalArgumentException("warm-ups ≥ 0, rounds, pair runs and threads ≥ 1");
            }
        }
    }

    /** The per-step cost: model and bare schedule over the same number of steps, round by round. */
    public record PerStep(long steps, Spread modelSeconds, Spread bareSeconds, Spread ratio) {
    }

    /** One library scenario run as users run it: with its counterfactual, warm, summaries only. */
    public record Pair(String scenario, Spread seconds, double ratioToBaselinePair) {
    }

    /** The baseline's bare kernel at one and ten times its horizon: cost must grow no faster than time. */
    public record Horizon(int days, double seconds, int longDays, double longSeconds) {

        public double costRatio() {
            return longSeconds / seconds;
        }

        public double horizonRatio() {
            return (double) longDays / days;
        }
    }

    /** One sweep file end to end, on the given threads, into a scratch folder. */
    public record SweepRun(String sweep, int runs, int threads, double seconds) {

        public double runsPerSecond() {
            return runs / seconds;
        }
    }

    /**
     * A default {@code lngsim run} of one scenario end to end in this (warm) JVM: the default
     * ensemble on all threads, the run folder written, charts and report drawn. JVM start is not
     * in it; time the command from a shell for that.
     */
    public record EnsembleRun(String scenario, int replications, int threads, double seconds) {
    }

    /** Everything measured; {@code ensemble} and {@code coldRuns} are null when none was asked for. */
    public record Figures(PerStep perStep, List<Pair> pairs, Horizon horizon, List<SweepRun> sweeps,
            EnsembleRun ensemble, ColdRun.Figures coldRuns) {

        /** These figures with the launcher runs timed after them. */
        public Figures withColdRuns(ColdRun.Figures cold) {
            return new Figures(perStep, pairs, horizon, sweeps, ensemble, cold);
        }
    }

    private final Plan plan;
    private final Consumer<String> progress;
    private final ScenarioLoader loader = new ScenarioLoader();

    public SuiteBenchmark(Plan plan, Consumer<String> progress) {
        this.plan = plan;
        this.progress = progress;
    }

    public Figures run() throws ScenarioException, IOException, InvariantViolation, SweepException {
        Scenario baseline = loader.load(plan.baseline()).scenario();
        PerStep perStep = perStep(baseline);
        List<Pair> pairs = pairs();
        Horizon horizon = horizon(baseline);
        List<SweepRun> sweeps = new ArrayList<>();
        for (Path sweep : plan.sweeps()) {
            sweeps.add(sweep(sweep));
        }
        EnsembleRun ensemble = plan.ensembleScenario() == null ? null : ensemble(plan.ensembleScenario());
        return new Figures(perStep, pairs, horizon, sweeps, ensemble, null);
    }

    private EnsembleRun ensemble(Path file) throws ScenarioException, IOException, InvariantViolation {
        LoadedScenario loaded = loader.load(file);
        progress.accept("ensemble run of " + loaded.scenario().name() + ": " + Ensemble.DEFAULT_REPLICATIONS
                + " pairs on " + plan.threads() + " threads, charts and report");
        try (ScratchFolder scratch = ScratchFolder.create("suite-ensemble")) {
            long started = System.nanoTime();
            new Ensemble(new ScenarioRunner("bench")).run(loaded, file, List.of(), scratch.path().resolve("run"),
                    Ensemble.DEFAULT_REPLICATIONS, plan.threads(), true, SuiteBenchmark::briefing);
            return new EnsembleRun(loaded.scenario().name(), Ensemble.DEFAULT_REPLICATIONS, plan.threads(),
                    seconds(started));
        }
    }

    private static void briefing(Path partialFolder) throws IOException {
        try {
            Briefing.writeInto(partialFolder, EnumSet.of(ChartFormat.PNG));
        } catch (RunFolderException e) {
            throw new IOException("charts: " + e.getMessage(), e);
        }
    }

    private PerStep perStep(Scenario scenario) {
        ScenarioGeography geography = new ScenarioGeography(scenario);
        progress.accept("per step: " + plan.warmups() + " warm-up runs");
        long steps = 0;
        for (int i = 0; i < plan.warmups(); i++) {
            steps = kernel(scenario, geography);
        }
        int agents = BareSchedule.agentsLike(scenario);
        List<Double> model = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        for (int round = 0; round < plan.rounds(); round++) {
            progress.accept("per step: round " + (round + 1) + "/" + plan.rounds() + " (model and bare schedule)");
            // Alternate which goes first, so a drift of the machine within a round does not favour either.
            double modelSeconds;
            double bareSeconds;
            if (round % 2 == 0) {
                long started = System.nanoTime();
                steps = kernel(scenario, geography);
                modelSeconds = seconds(started);
                bareSeconds = BareSchedule.run(steps, agents, round + 1);
            } else {
                bareSeconds = BareSchedule.run(Math.max(steps, 1), agents, round + 1);
                long started = System.nanoTime();
                steps = kernel(scenario, geography);
                modelSeconds = seconds(started);
            }
            model.add(modelSeconds);
            bare.add(bareSeconds);
            ratio.add(modelSeconds / bareSeconds);
        }
        return new PerStep(steps, Spread.of(model), Spread.of(bare), Spread.of(ratio));
    }

    private List<Pair> pairs() throws ScenarioException, IOException, InvariantViolation {
        List<Pair> timed = new ArrayList<>();
        Spread baselinePair = null;
        List<Path> scenarios = new ArrayList<>();
        scenarios.add(plan.baseline());
        plan.library().stream().filter(p -> !sameFile(p, plan.baseline())).forEach(scenarios::add);
        for (Path file : scenarios) {
            Scenario scenario = loader.load(file).scenario();
            String name = scenario.name();
            int warm = Math.max(1, plan.warmups() / 10);
            for (int i = 0; i < warm; i++) {
                progress.accept("pair " + name + ": warm-up " + (i + 1) + "/" + warm);
                Experiment.of(scenario).run();
            }
            List<Double> seconds = new ArrayList<>();
            for (int i = 0; i < plan.pairRuns(); i++) {
                progress.accept("pair " + name + ": run " + (i + 1) + "/" + plan.pairRuns());
                long started = System.nanoTime();
                Experiment.of(scenario).run();
                seconds.add(seconds(started));
            }
            Spread spread = Spread.of(seconds);
            if (baselinePair == null) {
                baselinePair = spread;
            }
            timed.add(new Pair(name, spread, spread.median() / baselinePair.median()));
        }
        return timed;
    }

    private Horizon horizon(Scenario oneYear) throws ScenarioException {
        int longDays = oneYear.horizonDays() * 10;
        Scenario tenYears = loader.load(plan.baseline(), List.of("horizonDays=" + longDays)).scenario();
        ScenarioGeography geography = new ScenarioGeography(oneYear);
        progress.accept("horizon: " + oneYear.horizonDays() + " and " + longDays + " days, interleaved");
        List<Double> shortRuns = new ArrayList<>();
        List<Double> longRuns = new ArrayList<>();
        kernel(tenYears, geography);
        int rounds = Math.max(3, plan.rounds() / 4);
        for (int round = 0; round < rounds; round++) {
            long started = System.nanoTime();
            kernel(oneYear, geography);
            shortRuns.add(seconds(started));
            started = System.nanoTime();
            kernel(tenYears, geography);
            longRuns.add(seconds(started));
        }
        return new Horizon(oneYear.horizonDays(), Spread.of(shortRuns).median(), longDays, Spread.of(longRuns).median());
    }

    private SweepRun sweep(Path file) throws IOException, SweepException, InvariantViolation {
        SweepRunner runner = new SweepRunner(new SweepLoader().load(file));
        progress.accept("sweep " + file.getFileName() + ": " + runner.totalRuns() + " runs on " + plan.threads()
                + " threads");
        try (ScratchFolder scratch = ScratchFolder.create("suite-bench")) {
            long started = System.nanoTime();
            SweepRunner.Outcome outcome = runner.run(scratch.path().resolve("out"), plan.threads(), false, 0, 1,
                    SweepRunner.Progress.none());
            return new SweepRun(file.getFileName().toString(), outcome.runsDone(), plan.threads(), seconds(started));
        }
    }

    /** The bare kernel (no listeners, the routed geography reused), as {@link Benchmark} times it; its steps. */
    private static long kernel(Scenario scenario, ScenarioGeography geography) {
        return Benchmark.simulate(scenario, geography)[0];
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
