package org.lngsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lngsim.bench.Benchmark;
import org.lngsim.bench.SweepBenchmark;
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

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
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
}
