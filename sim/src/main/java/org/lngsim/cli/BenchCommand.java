package org.lngsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.lngsim.bench.Benchmark;
import org.lngsim.bench.ColdRun;
import org.lngsim.bench.SuiteBenchmark;
import org.lngsim.bench.SuiteReport;
import org.lngsim.bench.SweepBenchmark;
import org.lngsim.files.OutputException;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.sweep.SweepException;
import org.lngsim.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lngsim bench}: speed and memory figures for a scenario. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure a scenario's run time against a bare MASON schedule, and peak heap over 1 and 10 years.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", arity = "0..1", defaultValue = "scenarios/baseline-2024.yaml",
            description = "Scenario to measure (default: ${DEFAULT-VALUE}).")
    private Path scenario;

    @Option(names = "--warmups", defaultValue = "30",
            description = "Warm-up runs (default: ${DEFAULT-VALUE}: fewer leave the JIT compiler unsettled).")
    private int warmups;

    @Option(names = "--runs", defaultValue = "21", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--sweep", paramLabel = "RUNS", split = ",",
            description = "Instead: time Hormuz-closure sweeps of these numbers of runs at 1 and 2 threads, "
                    + "e.g. --sweep 200 (speed-up) or --sweep 1000,5000 (memory).")
    private List<Integer> sweepRuns;

    @Option(names = "--sweep-days", defaultValue = "366", paramLabel = "DAYS",
            description = "Horizon of each sweep run (default: ${DEFAULT-VALUE}).")
    private int sweepDays;

    @Option(names = "--sweep-threads", split = ",", defaultValue = "1,2", paramLabel = "N",
            description = "Thread counts to time sweeps at (default: ${DEFAULT-VALUE}).")
    private List<Integer> sweepThreads;

    @Option(names = "--suite", description = "Instead: time what users run in one invocation — the model per step "
            + "against a bare MASON schedule, interleaved round by round; every library scenario as a warm pair with "
            + "its counterfactual; 1 against 10 years; the sweeps given by --suite-sweep; a default ensemble run.")
    private boolean suite;

    @Option(names = "--rounds", defaultValue = "20", paramLabel = "N",
            description = "With --suite: interleaved rounds of model and bare schedule (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--pair-runs", defaultValue = "5", paramLabel = "N",
            description = "With --suite: timed pairs per library scenario (default: ${DEFAULT-VALUE}).")
    private int pairRuns;

    @Option(names = "--suite-sweep", paramLabel = "FILE", split = ",",
            description = "With --suite: sweep files to run end to end on all cores "
                    + "(default: the README's scenarios/sweeps/hormuz-length-x-trigger.yaml; 'none' for none).")
    private List<String> suiteSweeps;

    @Option(names = "--no-ensemble",
            description = "With --suite: skip the default ensemble run of scenarios/hormuz-closure-60d.yaml.")
    private boolean noEnsemble;

    @Option(names = "--cold-runs", defaultValue = "0", paramLabel = "N",
            description = "With --suite: also time N runs of `lngsim run scenarios/hormuz-closure-60d.yaml` through "
                    + "the launcher, each in a new JVM, as users start it (default: ${DEFAULT-VALUE}).")
    private int coldRuns;

    @Option(names = "--json", paramLabel = "FILE",
            description = "With --suite: also write the figures to FILE (a new file, or one an earlier --suite wrote).")
    private Path json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (suite) {
            return suite(out, err);
        }
        if (sweepRuns != null) {
            SweepBenchmark bench = new SweepBenchmark(scenario);
            try {
                // The first timed sweep would otherwise carry the JIT's warm-up, flattering
                // whichever thread count is measured second.
                err.println("bench: warm-up sweep of " + Plural.of(Math.max(1, warmups), "run"));
                err.flush();
                bench.measure(Math.max(1, warmups), sweepThreads.stream().mapToInt(Integer::intValue).max().orElse(1),
                        sweepDays);
                for (int runs : sweepRuns) {
                    for (int threads : sweepThreads) {
                        err.println("bench: sweep of " + Plural.of(runs, "run") + " on " + Plural.of(threads, "thread"));
                        err.flush();
                        out.print(SweepBenchmark.report(bench.measure(runs, threads, sweepDays)));
                        out.flush();
                    }
                }
                return ExitCodes.OK;
            } catch (SweepException e) {
                return ProblemReport.invalid(err, e.problems());
            }
        }
        try {
            Benchmark.Figures figures = new Benchmark(scenario, message -> {
                err.println("bench: " + message);
                err.flush();
            }).run(warmups, Math.max(1, runs));
            out.print(Benchmark.report(figures));
            out.flush();
            return ExitCodes.OK;
        } catch (ScenarioException e) {
            return ProblemReport.invalid(err, e.problems());
        }
    }

    private Integer suite(PrintWriter out, PrintWriter err) throws Exception {
        if (rounds < 1 || pairRuns < 1 || warmups < 0 || coldRuns < 0) {
            err.println("lngsim bench: --rounds and --pair-runs must be at least 1, --warmups and --cold-runs at least 0");
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        Home home = Home.current();
        try {
            if (json != null) {
                SuiteReport.refuseForeign(json);
            }
            SuiteBenchmark.Plan plan = new SuiteBenchmark.Plan(scenario, library(home.library()), sweeps(home),
                    noEnsemble ? null : home.library().resolve("hormuz-closure-60d.yaml"), warmups, rounds, pairRuns,
                    Runtime.getRuntime().availableProcessors());
            SuiteBenchmark.Figures figures = new SuiteBenchmark(plan, message -> {
                err.println("bench: " + message);
                err.flush();
            }).run();
            if (coldRuns > 0) {
                Path launcher = home.resolve(Path.of("lngsim"));
                figures = figures.withColdRuns(ColdRun.measure(launcher, home.library().resolve("hormuz-closure-60d.yaml"),
                        coldRuns, message -> {
                            err.println("bench: " + message);
                            err.flush();
                        }));
            }
            out.print(SuiteReport.text(figures));
            out.flush();
            if (json != null) {
                SuiteReport.write(json, figures);
                err.println("bench: wrote " + json);
                err.flush();
            }
            return ExitCodes.OK;
        } catch (OutputException e) {
            err.println("lngsim bench: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID_INPUT;
        } catch (ScenarioException e) {
            return ProblemReport.invalid(err, e.problems());
        } catch (SweepException e) {
            return ProblemReport.invalid(err, e.problems());
        }
    }

    /** The library's scenarios (its top folder's YAML files), in name order. */
    private static List<Path> library(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted()
                    .toList();
        }
    }

    private List<Path> sweeps(Home home) {
        if (suiteSweeps == null) {
            return List.of(home.library().resolve("sweeps").resolve("hormuz-length-x-trigger.yaml"));
        }
        List<Path> files = new ArrayList<>();
        for (String given : suiteSweeps) {
            if (!given.equals("none")) {
                files.add(Path.of(given));
            }
        }
        return files;
    }
}
