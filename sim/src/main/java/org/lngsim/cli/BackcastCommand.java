package org.lngsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lngsim.backcast.Backcast;
import org.lngsim.backcast.BackcastLibrary;
import org.lngsim.backcast.BackcastTable;
import org.lngsim.backcast.Comparison;
import org.lngsim.backcast.Observation;
import org.lngsim.backcast.ReadmeTable;
import org.lngsim.backcast.Tally;
import org.lngsim.files.FileFailure;
import org.lngsim.files.OutputException;
import org.lngsim.output.BuildInfo;
import org.lngsim.run.InvariantViolation;
import org.lngsim.run.ScenarioRunner;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lngsim backcast [NAME...]}: replays real events and compares the model with what was observed. */
@Command(name = "backcast", mixinStandardHelpOptions = true,
        description = {"Replay real events (scenarios/backcasts/<event>/) with the protocol as it was (off), and "
            + "print each published figure beside the model's: model, observed, band, within/off.",
            "Writes a back-cast folder: backcast.csv, backcast.md, a chart per event, report.html and each event's "
            + "run folder under runs/."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every figure is within its band or a listed known miss",
            "1:a figure is off and not listed in known-misses.csv, or a known miss is now within its band "
                + "(with --check), or the run failed",
            "2:an event, observation or known miss is invalid, or the usage is wrong (nothing was written)"})
final class BackcastCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Events to replay (default: all).")
    private List<String> names = new ArrayList<>();

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Folder of back-cast events (default: scenarios/backcasts of lngsim's home).")
    private Path dir;

    @Option(names = "--out", paramLabel = "DIR", description = "Back-cast folder (default: reports/backcast).")
    private Path out;

    @Option(names = "--readme", paramLabel = "FILE",
            description = "Also rewrite the back-cast table of FILE (between its marker lines; nothing else changes).")
    private Path readme;

    @Option(names = "--threads", paramLabel = "N", description = "Events run at once (default: all cores).")
    private Integer threads;

    @Option(names = "--replications", paramLabel = "N",
            description = "Draws of each event; each figure is judged by its median and 5–95%% range (default: "
                + Backcast.DEFAULT_REPLICATIONS + "; 1 for the events' own seeds only).")
    private int replications = Backcast.DEFAULT_REPLICATIONS;

    @Option(names = "--check", description = "Exit 1 also when a known miss is now within its band (the list must shrink).")
    private boolean check;

    @Mixin
    private ChartFormatOptions chartFormats;

    /** Each replication of the six events takes about a minute of one core: 1,000 is hours already. */
    private static final int MAX_REPLICATIONS = 1_000;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            err.println("lngsim backcast: --threads must be at least 1");
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            err.println("lngsim backcast: --replications must be between 1 and " + MAX_REPLICATIONS + ", not "
                    + replications);
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        Path folder = dir != null ? dir : Home.current().library().resolve("backcasts");
        if (!Files.isDirectory(folder)) {
            err.println("lngsim backcast: " + folder + ": no such folder of back-cast events; give --dir DIR");
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        BackcastLibrary library;
        try {
            library = BackcastLibrary.load(folder, new ScenarioLoader(), names);
        } catch (ScenarioException e) {
            return ProblemReport.invalid(err, e.problems());
        } catch (IOException e) {
            err.println("lngsim backcast: " + folder + ": cannot be read: " + FileFailure.reason(e));
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        Path target = this.out != null ? this.out : Path.of("reports", "backcast");
        Backcast.Outcome outcome;
        try {
            outcome = new Backcast(new ScenarioRunner(BuildInfo.current()), new ScenarioLoader(),
                    chartFormats.formats(), workers, replications).run(library, target);
        } catch (OutputException e) {
            err.println("lngsim backcast: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID_INPUT;
        } catch (InvariantViolation e) {
            err.println("lngsim backcast: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            err.println("lngsim backcast: cannot write " + target + ": " + FileFailure.reason(cause)
                    + " (nothing was written)");
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        out.print(Lines.of(outcome));
        out.println("wrote " + outcome.folder());
        out.flush();
        if (readme != null) {
            Integer failed = updateReadme(outcome, err, out);
            if (failed != null) {
                return failed;
            }
        }
        return verdict(outcome, err);
    }

    private Integer updateReadme(Backcast.Outcome outcome, PrintWriter err, PrintWriter out) {
        try {
            boolean changed = ReadmeTable.update(readme, BackcastTable.markdown(outcome.events()));
            out.println(changed ? "updated the back-cast table in " + readme : readme + ": the back-cast table was already up to date");
            out.flush();
            return null;
        } catch (ReadmeTable.Refused e) {
            err.println("lngsim backcast: " + e.getMessage());
        } catch (IOException e) {
            err.println("lngsim backcast: cannot write " + readme + ": " + FileFailure.reason(e));
        }
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    private int verdict(Backcast.Outcome outcome, PrintWriter err) {
        List<Comparison> unexplained = outcome.unexplained();
        List<Comparison> stale = outcome.stale();
        unexplained.forEach(c -> err.println("lngsim backcast: " + c.event() + "/" + c.observation().figure()
                + " is " + c.verdict().label() + " and not listed in known-misses.csv"));
        if (check) {
            stale.forEach(c -> err.println("lngsim backcast: " + c.event() + "/" + c.observation().figure()
                    + " is now " + c.verdict().label() + ": remove it from known-misses.csv"));
        }
        err.flush();
        return unexplained.isEmpty() && (!check || stale.isEmpty()) ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** One line per figure, grouped by event, and a count line. */
    static final class Lines {

        private Lines() {
        }

        static String of(Backcast.Outcome outcome) {
            StringBuilder text = new StringBuilder();
            for (Backcast.EventResult event : outcome.events()) {
                text.append(event.event().name()).append(":\n");
                for (Comparison c : event.comparisons()) {
                    Observation o = c.observation();
                    text.append(String.format(Locale.ROOT, "  %-34s model %-22s observed %-22s %-9s %s%s%n",
                            o.figure(), c.modelText(), c.observedText(), o.metric().unit(), c.verdict().label(),
                            c.knownMiss().map(m -> " (known miss, #" + m.issue() + ")").orElse("")));
                }
            }
            text.append(Tally.of(outcome.comparisons()).sentence()).append('\n');
            return text.toString();
        }
    }
}
