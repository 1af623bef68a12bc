package org.lngsim.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lngsim.events.EventBus;
import org.lngsim.events.EventListener;
import org.lngsim.output.RunInfo;
import org.lngsim.output.RunOutputs;
import org.lngsim.output.RunSummary;
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

    public ScenarioRunner(String programVersion) {
        this.programVersion = programVersion;
    }

    /** Runs and writes the run folder {@code outDir} atomically; on any failure nothing is written. */
    public Result run(LoadedScenario loaded, Path outDir, List<String> sets) throws IOException, InvariantViolation {
        long started = System.nanoTime();
        Scenario scenario = loaded.scenario();
        try (RunOutputs outputs = RunOutputs.open(outDir, loaded, new RunInfo(programVersion, scenario.seed(),
                loaded.inputHash(), sets))) {
            long events = simulate(scenario, outputs.listeners());
            RunSummary summary = outputs.summary();
            checkMassBalance(summary);
            double wallSeconds = (System.nanoTime() - started) / 1e9;
            Path folder = outputs.commit(wallSeconds);
            return new Result(summary, folder, wallSeconds, events);
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

    static void checkMassBalance(RunSummary summary) throws InvariantViolation {
        RunSummary.MassBalance balance = summary.massBalance();
        if (!(balance.relativeError() <= MASS_BALANCE_TOLERANCE)) {
            throw new InvariantViolation(String.format(Locale.ROOT,
                    "mass balance does not close: error %.6f Mt (relative %.3g) — please report this as a bug",
                    balance.errorMt(), balance.relativeError()));
        }
    }
}
