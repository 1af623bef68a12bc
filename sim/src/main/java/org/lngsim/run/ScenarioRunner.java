package org.lngsim.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.lngsim.output.BuildInfo;
import org.lngsim.output.RunInfo;
import org.lngsim.output.RunOutputs;
import org.lngsim.output.RunSummary;
import org.lngsim.output.SummaryRecorder;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.Scenario;

/** Runs a loaded scenario's {@link Experiment} into a run folder, written atomically. */
public final class ScenarioRunner {

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
            Experiment.Outcome outcome = Experiment.of(scenario).counterfactual(counterfactual)
                    .protocolSide(on -> Experiment.Side.of(outputs.listeners(), outputs::summary))
                    .counterfactualSide(off -> {
                        SummaryRecorder recorder = new SummaryRecorder(off);
                        return Experiment.Side.of(outputs.counterfactualListeners(recorder), recorder::summary);
                    })
                    .run();
            double wallSeconds = (System.nanoTime() - started) / 1e9;
            Path folder = outputs.commit(wallSeconds, outcome.off(), finisher);
            return new Result(outcome.summary(), folder, wallSeconds, outcome.eventsPublished());
        }
    }

    public Result run(LoadedScenario loaded, Path outDir, List<String> sets) throws IOException, InvariantViolation {
        return run(loaded, outDir, sets, true);
    }
}
