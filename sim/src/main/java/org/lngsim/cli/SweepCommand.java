package org.lngsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.lngsim.files.FileFailure;
import org.lngsim.charts.ChartFormat;
import org.lngsim.charts.SweepCharts;
import org.lngsim.files.OutputException;
import org.lngsim.run.InvariantViolation;
import org.lngsim.sweep.SweepException;
import org.lngsim.sweep.SweepLoader;
import org.lngsim.sweep.SweepRunner;
import org.lngsim.sweep.SweepSpec;
import org.lngsim.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lngsim sweep FILE}: parameter sweeps and Monte Carlo on all cores, resumable, shardable. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a sweep file: every design point and replication, on all cores; results.csv and stats.csv.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the sweep (or shard) completed", "1:a run failed, or the sweep was stopped (Ctrl-C)",
                "2:the sweep file, a run's scenario, the saved folder or --out is unusable"})
final class SweepCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Sweep YAML file.")
    private Path file;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Sweep folder (default: reports/sweeps/<name>).")
    private Path out;

    @Option(names = "--resume", description = "Keep the runs already in DIR/results.csv and run the rest.")
    private boolean resume;

    @Option(names = "--shard", paramLabel = "i/N", description = "Run only shard i of N (0-based), e.g. 0/4.")
    private String shard;

    @Option(names = "--quiet", description = "No progress bar even on a terminal.")
    private boolean quiet;

    @Option(names = "--no-charts", description = "Do not draw the sweep charts.")
    private boolean noCharts;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] slice = parseShard(err);
        if (slice == null) {
            return ExitCodes.INVALID_INPUT;
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            err.println("lngsim sweep: --threads must be at least 1");
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        Path folder = null;
        try {
            SweepSpec sweep = new SweepLoader().load(file);
            folder = this.out != null ? this.out : Path.of("reports", "sweeps", sweep.name());
            SweepRunner runner = new SweepRunner(sweep);
            SweepRunner.Outcome outcome;
            try (TerminalProgress progress = new TerminalProgress(!quiet && System.console() != null);
                    StopMessage stop = new StopMessage(runner, err, folder, resumeCommand(folder, slice))) {
                outcome = runner.run(folder, workers, resume, slice[0], slice[1], progress,
                        noCharts ? f -> { } : f -> SweepCharts.drawAll(f, Set.of(ChartFormat.PNG)));
            }
            outcome.notes().forEach(note -> err.println("note: " + note));
            err.flush();
            if (outcome.stopped()) {
                return ExitCodes.FAILURE;
            }
            printOutcome(out, sweep, outcome, slice, workers);
            return ExitCodes.OK;
        } catch (SweepException e) {
            return ProblemReport.invalid(err, e.problems());
        } catch (InvariantViolation e) {
            err.println("lngsim sweep: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        } catch (OutputException e) {
            err.println("lngsim sweep: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID_INPUT;
        } catch (IOException e) {
            return cannotWrite(err, folder, e);
        } catch (UncheckedIOException e) {
            return cannotWrite(err, folder, e.getCause());
        }
    }

    /** What ran, how fast, and what was written. */
    private void printOutcome(PrintWriter out, SweepSpec sweep, SweepRunner.Outcome outcome, int[] slice, int workers) {
        out.printf(Locale.ROOT, "%s: %s in this %s (%d run now, %d already done) on %s in %.1f s (%.1f runs/s)%n"
                + "wrote results.csv, stats.csv, daily.csv%s in %s%n", sweep.name(), Plural.of(outcome.runsInShard(), "run"),
                slice[1] > 1 ? "shard " + slice[0] + "/" + slice[1] : "sweep", outcome.runsDone(), outcome.runsSkipped(),
                Plural.of(workers, "thread"), outcome.seconds(), outcome.runsDone() / Math.max(1e-9, outcome.seconds()),
                noCharts ? "" : " and charts/", outcome.folder());
        out.flush();
    }

    /** A full disk or a folder that turned read-only under the sweep: one line; the saved rows stay. */
    private static int cannotWrite(PrintWriter err, Path folder, IOException e) {
        err.println("lngsim sweep: cannot write " + folder + ": " + FileFailure.withoutPath(e)
                + " (the runs saved so far stay; continue with --resume)");
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    /** The command that continues this sweep, as the user would type it. */
    private String resumeCommand(Path folder, int[] slice) {
        return "lngsim sweep " + file + " --out " + folder + (slice[1] > 1 ? " --shard " + slice[0] + "/" + slice[1] : "")
                + " --resume";
    }

    /**
     * While a sweep runs, a Ctrl-C (or a SIGTERM from a scheduler) stops it cleanly: the JVM runs
     * this hook, which stops the runner — so no row is left half written — and says how many runs
     * are saved and how to continue. Removed when the sweep ends.
     */
    private static final class StopMessage implements AutoCloseable {
        private final Thread hook;

        StopMessage(SweepRunner runner, PrintWriter err, Path folder, String resumeCommand) {
            this.hook = new Thread(() -> {
                SweepRunner.Saved saved = runner.stop();
                err.println();
                err.println("stopped: " + saved.saved() + " of " + saved.total() + " runs saved in " + folder
                        + "; continue with: " + resumeCommand);
                err.flush();
            }, "lngsim-sweep-stop");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        @Override
        public void close() {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping and the hook is running or has run: nothing to undo
            }
        }
    }

    private int[] parseShard(PrintWriter err) {
        if (shard == null) {
            return new int[] {0, 1};
        }
        String[] parts = shard.split("/");
        try {
            int index = Integer.parseInt(parts[0]);
            int count = Integer.parseInt(parts[1]);
            if (parts.length == 2 && count >= 1 && index >= 0 && index < count) {
                return new int[] {index, count};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        err.println("lngsim sweep: --shard must be i/N with 0 <= i < N, e.g. 0/4 (got '" + shard + "')");
        err.flush();
        return null;
    }

    /** A progress bar with rate and time left on a terminal; nothing in a pipe. */
    private static final class TerminalProgress implements SweepRunner.Progress, AutoCloseable {
        private final boolean enabled;
        private ProgressBar bar;

        TerminalProgress(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public void start(int total, int alreadyDone) {
            if (enabled) {
                bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                        .showSpeed().setUnit(" runs", 1).build();
                bar.stepTo(alreadyDone);
            }
        }

        @Override
        public synchronized void runFinished() {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
