package org.lngsim.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lngsim.events.EventBus;
import org.lngsim.events.EventListener;
import org.lngsim.output.BuildInfo;
import org.lngsim.output.RunInfo;
import org.lngsim.output.RunOutputs;
import org.lngsim.output.RunSummary;
import org.lngsim.output.SummaryRecorder;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioGeography;
import org.lngsim.world.LngWorld;

/** Simulates a loaded scenario into a run folder, or just into listeners. */
public final class ScenarioRunner {

    /** The mass balance must close to this relative error (DESIGN). */
    public static final double MASS_BALANCE_TOLERANCE = 1e-6;

    /** What a run produced. */
    public record Result(RunSummary summary, Path folder, double wallSeconds, long eventsPublished) {
    }

    private final String programVersion;
    private final String commit;
    private final String buildTime;

    /** A runner whose run.json names only the program version (tests, benchmarks). */
    public ScenarioRunner(String programVersion) {
        this.programVersion = programVersion;
        this.commit = null;
        this.buildTime = null;
    }

    /** A runner whose run.json names the build: version, commit and build time. */
    public ScenarioRunner(BuildInfo build) {
        this.programVersion = build.version();
        this.commit = build.commit();
        this.buildTime = build.buildTime();
    }

    /**
     * Runs and writes the run folder {@code outDir} atomically; on any failure nothing is written.
     * With the protocol on and {@code counterfactual} set, the same scenario and seed also run with
     * the protocol off, and the summary holds both and what the protocol avoided.
     */
    public Result run(LoadedScenario loaded, Path outDir, List<String> sets, boolean counterfactual)
            throws IOException, InvariantViolation {
        return run(loaded, outDir, sets, counterfactual, folder -> { });
    }

    /** As above; {@code finisher} adds files (charts, report) to the folder before it is moved into place. */
    public Result run(LoadedScenario loaded, Path outDir, List<String> sets, boolean counterfactual,
            RunOutputs.Finisher finisher) throws IOException, InvariantViolation {
        long started = System.nanoTime();
        Scenario scenario = loaded.scenario();
        try (RunOutputs outputs = RunOutputs.open(outDir, loaded, new RunInfo(programVersion, commit, buildTime,
                scenario.seed(), loaded.inputHash(), sets))) {
            RunSummary off = null;
            if (counterfactual && scenario.protocolEnabled()) {
                Scenario withoutProtocol = scenario.withoutProtocol();
                SummaryRecorder recorder = new SummaryRecorder(withoutProtocol);
                simulate(withoutProtocol, outputs.counterfactualListeners(recorder));
                off = recorder.summary();
                checkMassBalance(off);
            }
            long events = simulate(scenario, outputs.listeners());
            RunSummary summary = outputs.summary();
            checkMassBalance(summary);
            checkProtocolOff(off);
            double wallSeconds = (System.nanoTime() - started) / 1e9;
            Path folder = outputs.commit(wallSeconds, off, finisher);
            return new Result(off == null ? summary : summary.withCounterfactual(off), folder, wallSeconds, events);
        }
    }

    public Result run(LoadedScenario loaded, Path outDir, List<String> sets) throws IOException, InvariantViolation {
        return run(loaded, outDir, sets, true);
    }

    /** Simulates and returns only the summary (no files): counterfactuals and sweeps. */
    public static RunSummary summaryOnly(Scenario scenario) throws InvariantViolation {
        SummaryRecorder recorder = new SummaryRecorder(scenario);
        simulate(scenario, List.of(recorder.listener()));
        RunSummary summary = recorder.summary();
        checkMassBalance(summary);
        return summary;
    }

    /** With the protocol off there are no redirections (DESIGN invariant). */
    public static void checkProtocolOff(RunSummary off) throws InvariantViolation {
        if (off != null && (off.protocol().redirections() > 0 || off.protocol().requests() > 0)) {
            throw new InvariantViolation("the protocol acted in its own counterfactual — please report this as a bug");
        }
    }

    /** Simulates to the horizon with {@code listeners} subscribed; returns the events published. */
    public static long simulate(Scenario scenario, List<EventListener> listeners) {
        EventBus bus = new EventBus();
        listeners.forEach(bus::subscribe);
        LngWorld world = new LngWorld(scenario, new ScenarioGeography(scenario), bus);
        world.runToHorizon();
        bus.finish();
        return bus.publishedCount();
    }

    public static void checkMassBalance(RunSummary summary) throws InvariantViolation {
        RunSummary.MassBalance balance = summary.massBalance();
        if (!(balance.relativeError() <= MASS_BALANCE_TOLERANCE)) {
            throw new InvariantViolation(String.format(Locale.ROOT,
                    "mass balance does not close: error %.6f Mt (relative %.3g) — please report this as a bug",
                    balance.errorMt(), balance.relativeError()));
        }
    }
}
