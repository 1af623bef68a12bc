package org.lngsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lngsim.runfolder.read.RunFolderException;
import org.lngsim.files.FileFailure;
import org.lngsim.files.OutputException;
import org.lngsim.output.BuildInfo;
import org.lngsim.output.RunOutputs;
import org.lngsim.output.RunSummary;
import org.lngsim.charts.GasVolume;
import org.lngsim.charts.Timeline;
import org.lngsim.report.Briefing;
import org.lngsim.run.InvariantViolation;
import org.lngsim.run.ScenarioRunner;
import org.lngsim.sweep.Ensemble;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lngsim run SCENARIO}: simulates a scenario and writes its run folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Simulate a scenario and write its run folder (events, time series, cargoes, summary).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run folder was written", "1:the run failed (nothing was written)",
            "2:the scenario is invalid or the usage is wrong (nothing was written)"})
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "Scenario YAML file.")
    private Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Run folder (default: reports/<scenario name>).")
    private Path outDir;

    @Mixin
    private SeedOption seedOption;

    @Option(names = "--no-counterfactual",
            description = "Skip the counterfactual run (same scenario and seed, protocol off).")
    private boolean noCounterfactual;

    @Option(names = "--no-charts", description = "Skip the charts (charts/) and report.html.")
    private boolean noCharts;

    @Option(names = "--replications", paramLabel = "N",
            description = "Paired replications (protocol on and off on the same seed), their medians and 5-95%% "
                    + "ranges in ensemble.json (default: ${DEFAULT-VALUE}; 1 for one draw, the scenario's seed).")
    private int replications = Ensemble.DEFAULT_REPLICATIONS;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the replications (default: all cores).")
    private Integer threads;

    @Mixin
    private ChartFormatOptions chartFormats;

    @Mixin
    private ScenarioOptions scenarioOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> sets = seedOption.appliedTo(scenarioOptions.overrides());
        LoadedScenario loaded;
        try {
            loaded = new ScenarioLoader().load(scenarioFile, sets);
        } catch (ScenarioException e) {
            return ProblemReport.invalid(err, e.problems());
        }
        ProblemReport.warnings(err, loaded.warnings());
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (replications < 1 || replications > Ensemble.MAX_REPLICATIONS) {
            err.println("lngsim run: --replications must be between 1 and " + Ensemble.MAX_REPLICATIONS + " (found "
                    + replications + ")");
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        if (workers < 1) {
            err.println("lngsim run: --threads must be at least 1");
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        Path folder = outDir != null ? outDir : Path.of("reports", loaded.scenario().name());
        try {
            // Charts and report are drawn from the finished files, inside the partial folder, so the
            // run folder appears with them or not at all.
            RunOutputs.Finisher finisher = noCharts ? f -> { } : f -> briefing(f);
            Ensemble.Outcome outcome = new Ensemble(new ScenarioRunner(BuildInfo.current())).run(loaded, scenarioFile,
                    sets, folder, replications, workers, !noCounterfactual, finisher);
            ScenarioRunner.Result result = outcome.representative();
            out.print(Headlines.of(result.summary(), loaded.scenario().start()));
            if (outcome.ensemble() != null) {
                out.print(EnsembleLines.of(outcome.ensemble()));
            }
            out.printf(Locale.ROOT, "wrote %s in %.2f s%n", result.folder(), outcome.wallSeconds());
            out.flush();
            return ExitCodes.OK;
        } catch (OutputException e) {
            err.println("lngsim run: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID_INPUT;
        } catch (InvariantViolation e) {
            err.println("lngsim run: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            return cannotWrite(err, folder, e);
        } catch (UncheckedIOException e) {
            // the streaming writers fail unchecked inside the event bus (a full disk mid-run)
            return cannotWrite(err, folder, e.getCause());
        }
    }

    /** A full disk or a folder that turned read-only under the run: the user's --out, exit 2. */
    private static int cannotWrite(PrintWriter err, Path folder, IOException e) {
        err.println("lngsim run: cannot write " + folder + ": " + FileFailure.reason(e) + " (nothing was written)");
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    private void briefing(Path partialFolder) throws IOException {
        try {
            Briefing.writeInto(partialFolder, chartFormats.formats());
        } catch (RunFolderException e) {
            // The folder was just written by this run: unreadable means a bug, not bad input.
            throw new IOException("charts: " + e.getMessage(), e);
        }
    }

    /** The headline numbers a planner reads first. */
    static final class Headlines {

        private Headlines() {
        }

        /** {@code start}: the scenario's start date, so a person reads dates, not day numbers. */
        static String of(RunSummary summary, java.time.LocalDate start) {
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "%s: %s, seed %d%n", summary.scenario(),
                    Plural.of(summary.horizonDays(), "day"), summary.seed()));
            for (Map.Entry<String, RunSummary.ImporterSummary> e : summary.importers().entrySet()) {
                text.append(String.format(Locale.ROOT, "  %-8s received %6.2f Mt in %s (%d cancelled)%n",
                        e.getKey(), e.getValue().deliveredMt(), Plural.of(e.getValue().cargoesDelivered(), "cargo", "cargoes"),
                        e.getValue().cargoesCancelled()));
            }
            for (Map.Entry<String, RunSummary.GridSummary> e : summary.grids().entrySet()) {
                RunSummary.GridSummary grid = e.getValue();
                text.append(String.format(Locale.ROOT, "  grid %-8s unserved %8.1f GWh (%.3f%%), peak %,.0f MW, %d h%s%n",
                        e.getKey(), grid.unservedGWh(), grid.unservedPct(), grid.peakUnservedMW(), grid.shortfallHours(),
                        grid.firstShortfallDay() == null ? ""
                                : ", from " + Timeline.DATE.format(start.plusDays(grid.firstShortfallDay()))));
            }
            for (Map.Entry<String, RunSummary.GasPoolSummary> e : summary.gasPools().entrySet()) {
                text.append(String.format(Locale.ROOT, "  gas pool %-8s unserved %6.0f mmscm (%.2f%%)%n", e.getKey(),
                        GasVolume.mmscmOfMt(e.getValue().unservedMt()), e.getValue().unservedPct()));
            }
            text.append(protocolLines(summary));
            org.lngsim.report.MarketSection.lines(summary).forEach(line -> text.append(line).append('\n'));
            RunSummary.MassBalance balance = summary.massBalance();
            text.append(String.format(Locale.ROOT, "  mass balance: at sea at start %.2f Mt + loaded %.2f = delivered %.2f "
                    + "+ boil-off %.2f + at sea at end %.2f; error %.2g relative%n", balance.initialAtSeaMt(),
                    balance.loadedMt(), balance.deliveredMt(), balance.boilOffMt(), balance.inTransitMt(),
                    balance.relativeError()));
            return text.toString();
        }

        /** A negative "avoided" means the protocol made this shortfall worse: say so. */
        private static String worse(double avoided) {
            return avoided < -1e-6 ? "  <- WORSE with the protocol" : "";
        }

        private static String atCreditLimit(RunSummary.ProtocolSummary protocol) {
            return protocol.requestsCutByCreditLimit() == 0 ? ""
                    : " (" + protocol.requestsCutByCreditLimit() + " cut by the credit limit)";
        }

        private static String protocolLines(RunSummary summary) {
            RunSummary.ProtocolSummary protocol = summary.protocol();
            if (!protocol.enabled()) {
                return "  protocol: off\n";
            }
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "  protocol: %s%s, %s redirected (%.2f Mt, %.1f extra sailing days), "
                            + "%s (%.2f Mt), %.2f Mt settled in money, %.2f Mt owed at the end%n",
                    Plural.of(protocol.requests(), "request"), atCreditLimit(protocol),
                    Plural.of(protocol.redirections(), "cargo", "cargoes"), protocol.redirectedMt(),
                    protocol.extraSailingDays(), Plural.of(protocol.paybacks(), "payback"), protocol.repaidInKindMt(),
                    protocol.settledInMoneyMt(), protocol.owedMt()));
            if (summary.avoided() != null) {
                summary.avoided().gridsUnservedGWh().forEach((id, gwh) -> text.append(String.format(Locale.ROOT,
                        "  avoided by the protocol: grid %-8s %8.1f GWh (without it: %.1f GWh)%s%n", id, gwh,
                        summary.counterfactual().grids().get(id).unservedGWh(), worse(gwh))));
                summary.avoided().gasPoolsUnservedMt().forEach((id, mt) -> text.append(String.format(Locale.ROOT,
                        "  avoided by the protocol: gas pool %-8s %6.0f mmscm (without it: %.0f mmscm, %.2f%%)%s%n", id,
                        GasVolume.mmscmOfMt(mt), GasVolume.mmscmOfMt(summary.counterfactual().gasPools().get(id).unservedMt()),
                        summary.counterfactual().gasPools().get(id).unservedPct(), worse(mt))));
            }
            return text.toString();
        }
    }
}
