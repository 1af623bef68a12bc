package org.lngsim.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lngsim.output.EnsembleBands;
import org.lngsim.output.EnsembleSummary;
import org.lngsim.output.ReplicationSeries;
import org.lngsim.output.RunOutputs;
import org.lngsim.output.RunSummary;
import org.lngsim.run.Experiment;
import org.lngsim.run.InvariantViolation;
import org.lngsim.run.ScenarioRunner;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.stats.ReplicationSeeds;

/**
 * {@code lngsim run}'s ensemble: N paired replications of a scenario (its protocol on and off on
 * the same seed), run on a pool of threads as a sweep runs its replications (same pool, same
 * seeding: replication i's seed is the seed a sweep with the scenario's seed gives its run i,
 * except that replication 0 runs the scenario's own seed, so one replication is the run
 * {@code --replications 1} makes and a larger ensemble contains every smaller one). Each
 * replication keeps only its summaries and the daily values of the bands; then the replication
 * nearest the medians is run again with every file, and the run folder holds its files plus
 * {@code ensemble.json} and {@code ensemble/bands.csv}. Results are put in replication order, so
 * the folder does not depend on the thread count.
 */
public final class Ensemble {

    /**
     * The replications {@code lngsim run} makes unless told: the smallest N of 5, 10, 20, 40 at
     * which the medians of the headline metrics moved less than the README's stated tolerance.
     */
    public static final int DEFAULT_REPLICATIONS = 20;

    /**
     * The most replications one run may have: each keeps its summaries and a few daily series in
     * memory until the end (about 40 kB for a one-year run), so 10,000 stay within an ordinary heap.
     */
    public static final int MAX_REPLICATIONS = 10_000;

    /** What an ensemble run produced: its figures (null for one replication) and the representative's run. */
    public record Outcome(EnsembleSummary ensemble, ScenarioRunner.Result representative, double wallSeconds) {
    }

    /** One replication's pair: its summary (with the counterfactual's) and daily band values. */
    private record Replication(RunSummary summary, ReplicationSeries with, ReplicationSeries without) {
    }

    private final ScenarioRunner runner;
    private final ScenarioLoader loader = new ScenarioLoader();

    public Ensemble(ScenarioRunner runner) {
        this.runner = runner;
    }

    /** Replication {@code replication}'s seed, from the scenario's seed alone. */
    public static long seed(long scenarioSeed, int replication) {
        return ReplicationSeeds.ofReplication(scenarioSeed, replication);
    }

    /**
     * Runs {@code replications} pairs of {@code loaded} (read from {@code scenarioFile} with
     * {@code sets}) on {@code threads} threads and writes the run folder {@code outDir}
     * atomically; {@code finisher} then adds the charts and report. One replication is exactly
     * {@link ScenarioRunner#run}: no ensemble files.
     */
    public Outcome run(LoadedScenario loaded, Path scenarioFile, List<String> sets, Path outDir, int replications,
            int threads, boolean counterfactual, RunOutputs.Finisher finisher) throws IOException, InvariantViolation {
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw new IllegalArgumentException("replications must be between 1 and " + MAX_REPLICATIONS);
        }
        long started = System.nanoTime();
        if (replications == 1) {
            ScenarioRunner.Result result = runner.run(loaded, outDir, sets, counterfactual, finisher);
            return new Outcome(null, result, seconds(started));
        }
        long scenarioSeed = loaded.scenario().seed();
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            seeds.add(seed(scenarioSeed, r));
        }
        Replication[] done = new Replication[replications];
        try {
            // a replication differs from the scenario only by its seed: rebind it rather than read and
            // check the files again (about a tenth of a default run); the representative is loaded below
            Scenario scenario = loaded.scenario();
            Workers.run(replications, threads, () -> false,
                    r -> done[r] = replicate(r == 0 ? scenario : scenario.withSeed(seeds.get(r)), counterfactual));
        } catch (SweepException e) {
            throw new IllegalStateException(e); // no task throws one
        }
        EnsembleSummary ensemble = EnsembleSummary.of(scenarioSeed, seeds,
                Arrays.stream(done).map(Replication::summary).toList());
        int chosen = ensemble.representative().replication();
        LoadedScenario representative = chosen == 0 ? loaded : load(scenarioFile, sets, seeds.get(chosen));
        List<String> representativeSets = new ArrayList<>(sets);
        if (chosen != 0) {
            representativeSets.add("seed=" + seeds.get(chosen));
        }
        List<ReplicationSeries> with = Arrays.stream(done).map(Replication::with).toList();
        List<ReplicationSeries> without = Arrays.stream(done).map(Replication::without)
                .filter(series -> series != null).toList();
        ScenarioRunner.Result result = runner.run(representative, outDir, representativeSets, counterfactual, folder -> {
            ensemble.writeInto(folder);
            EnsembleBands.writeInto(folder, with, without);
            finisher.finish(folder);
        });
        if (!result.summary().equals(done[chosen].summary())) {
            throw new InvariantViolation("replication " + chosen + " (seed " + seeds.get(chosen) + ") gave different "
                    + "figures when run again for the run folder — please report this as a bug");
        }
        return new Outcome(ensemble, result, seconds(started));
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** The scenario with the replication's seed, loaded as a sweep loads its runs. */
    private LoadedScenario load(Path scenarioFile, List<String> sets, long seed) {
        List<String> withSeed = new ArrayList<>(sets);
        withSeed.add("seed=" + seed);
        try {
            return loader.load(scenarioFile, withSeed);
        } catch (ScenarioException e) {
            // The scenario loaded with its own seed; any non-negative seed is valid.
            throw new IllegalStateException("the scenario with seed " + seed + " did not load: " + e.getMessage(), e);
        }
    }

    private static Replication replicate(Scenario scenario, boolean counterfactual)
            throws IOException, InvariantViolation {
        ReplicationSeries with = new ReplicationSeries(scenario.horizonDays());
        Experiment experiment = Experiment.of(scenario).counterfactual(counterfactual);
        ReplicationSeries without = experiment.runsCounterfactual() ? new ReplicationSeries(scenario.horizonDays()) : null;
        Experiment.Outcome outcome = experiment
                .protocolSide(on -> Experiment.Side.recording(on, with))
                .counterfactualSide(off -> Experiment.Side.recording(off, without))
                .run();
        return new Replication(outcome.summary(), with, without);
    }
}
