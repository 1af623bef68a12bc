package org.lngsim.cli;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lngsim.files.AtomicFiles;
import org.lngsim.files.FileFailure;
import org.lngsim.gui.GuiSession;
import org.lngsim.output.RunSummary;
import org.lngsim.output.SummaryJson;
import org.lngsim.run.InvariantViolation;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lngsim gui SCENARIO}: the scenario on MASON's Console — a live map, gauges, charts and
 * inspectors over the batch run's own world. The scenario is checked in full first, as by
 * {@code run}: a bad one gets the located messages and exit 2, and no window opens.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Watch a scenario run on MASON's Console: ships on their sea lanes, chokepoints, terminals' "
                + "days of cover, unserved energy and gas against the counterfactual; play, pause, step, inspect.",
            "With --snapshot the GUI runs --days simulated days by itself, writes the map as a PNG and closes "
                    + "(for CI and documentation). Needs a display (DISPLAY; Xvfb will do)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the GUI was closed (or the snapshot written)", "1:no display, or the run failed",
            "2:the scenario is invalid or the usage is wrong (no window opened)"})
final class GuiCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "Scenario YAML file.")
    private Path scenarioFile;

    @Mixin
    private SeedOption seedOption;

    @Option(names = "--no-counterfactual",
            description = "Skip the counterfactual run (the charts then show this run only).")
    private boolean noCounterfactual;

    @Option(names = "--snapshot", paramLabel = "PNG",
            description = "Run --days days without waiting for the user, write the map here, close.")
    private Path snapshot;

    @Option(names = "--days", paramLabel = "DAYS",
            description = "With --snapshot: simulated days to run first (default: to the horizon).")
    private Double days;

    @Option(names = "--summary", paramLabel = "JSON",
            description = "With --snapshot: write the run's summary.json here (the run must reach its horizon).")
    private Path summaryFile;

    @Mixin
    private ScenarioOptions scenarioOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Integer usage = checkUsage(err);
        if (usage != null) {
            return usage;
        }
        List<String> sets = seedOption.appliedTo(scenarioOptions.overrides());
        LoadedScenario loaded;
        try {
            loaded = new ScenarioLoader().load(scenarioFile, sets);
        } catch (ScenarioException e) {
            return ProblemReport.invalid(err, e.problems());
        }
        ProblemReport.warnings(err, loaded.warnings());
        if (summaryFile != null && days != null && days < loaded.scenario().horizonDays()) {
            return fail(err, "--summary needs the whole run: --days " + days + " is short of the horizon ("
                    + loaded.scenario().horizonDays() + " days)", ExitCodes.INVALID_INPUT);
        }
        if (GraphicsEnvironment.isHeadless()) {
            return fail(err, "no display: set DISPLAY (an X server, or Xvfb :99 and DISPLAY=:99) and run again "
                    + "without -Djava.awt.headless=true", ExitCodes.FAILURE);
        }
        GuiSession session;
        try {
            session = GuiSession.open(loaded.scenario(), !noCounterfactual);
        } catch (InvariantViolation e) {
            return fail(err, e.getMessage(), ExitCodes.FAILURE);
        }
        if (snapshot == null) {
            session.awaitClosed();
            return ExitCodes.OK;
        }
        return snapshotAndClose(session, loaded, err);
    }

    private Integer checkUsage(PrintWriter err) {
        if (snapshot == null && (days != null || summaryFile != null)) {
            return fail(err, "--days and --summary go with --snapshot", ExitCodes.INVALID_INPUT);
        }
        if (days != null && !(days > 0)) {
            return fail(err, "--days must be positive, not " + days, ExitCodes.INVALID_INPUT);
        }
        for (Path file : new Path[] {snapshot, summaryFile}) {
            if (file != null && Files.exists(file)) {
                return fail(err, file + " exists: lngsim does not overwrite a file it did not write",
                        ExitCodes.INVALID_INPUT);
            }
        }
        return null;
    }

    private Integer snapshotAndClose(GuiSession session, LoadedScenario loaded, PrintWriter err) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try {
            session.runDays(days != null ? days : loaded.scenario().horizonDays());
            session.snapshot(snapshot);
            out.println("wrote " + snapshot);
            if (summaryFile != null) {
                Optional<RunSummary> summary = session.summary();
                if (summary.isEmpty()) {
                    return fail(err, "--summary: the run did not reach its horizon in --days days",
                            ExitCodes.INVALID_INPUT);
                }
                AtomicFiles.writeString(summaryFile, SummaryJson.of(summary.get()));
                out.println("wrote " + summaryFile);
            }
            out.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            return fail(err, "cannot write: " + FileFailure.reason(e), ExitCodes.INVALID_INPUT);
        } finally {
            session.close();
        }
    }

    private static int fail(PrintWriter err, String message, int code) {
        err.println("lngsim gui: " + message);
        err.flush();
        return code;
    }
}
