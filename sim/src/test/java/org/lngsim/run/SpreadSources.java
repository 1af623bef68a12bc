package org.lngsim.run;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;
import org.lngsim.events.EventBus;
import org.lngsim.output.RunSummary;
import org.lngsim.output.SummaryRecorder;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioGeography;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.stats.EnsembleStats;
import org.lngsim.sweep.Ensemble;
import org.lngsim.world.LngWorld;

/**
 * Where an ensemble's spread comes from (README, "Ensembles"): the paired replications of a
 * scenario with every random input drawn, then with each input held at the scenario seed's draw
 * while the other varies. The inputs of the library's scenarios are two: the phase of each
 * contract's delivery programme ({@code programme/<contract>} streams, from the scenario seed) and
 * MASON's schedule, which orders steps of the same instant and phase at random (its
 * {@code SimState.random}, seeded with the scenario seed too). A third, {@code vessel-delay}, is
 * drawn only by scenarios with a vessel-delay disruption (none in the library). Not a test: run
 *
 * <pre>
 * cd sim && mvn -q -o test-compile && mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.lngsim.run.SpreadSources \
 *     ../scenarios/hormuz-closure-60d.yaml 20 2
 * </pre>
 */
public final class SpreadSources {

    /** Which inputs vary between replications. */
    enum Varying {
        BOTH, PROGRAMME_PHASES_ONLY, SCHEDULE_TIES_ONLY
    }

    private SpreadSources() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int replications = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        ScenarioLoader loader = new ScenarioLoader();
        Scenario base = loader.load(file).scenario();
        long seed0 = base.seed();
        List<Scenario> bySeed = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            bySeed.add(r == 0 ? base : loader.load(file, List.of("seed=" + Ensemble.seed(seed0, r))).scenario());
        }
        System.out.printf(Locale.ROOT, "%s, %d paired replications%n", base.name(), replications);
        for (Varying varying : Varying.values()) {
            RunSummary[] summaries = new RunSummary[replications];
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                int index = r;
                futures.add(pool.submit(() -> {
                    // The scenario's seed fixes the programme phases; the schedule's seed its tie-breaking.
                    Scenario phases = varying == Varying.SCHEDULE_TIES_ONLY ? base : bySeed.get(index);
                    long ties = varying == Varying.PROGRAMME_PHASES_ONLY ? seed0 : bySeed.get(index).seed();
                    RunSummary off = simulate(phases.withoutProtocol(), ties);
                    summaries[index] = simulate(phases, ties).withCounterfactual(off);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            pool.shutdown();
            report(varying, summaries);
        }
    }

    private static RunSummary simulate(Scenario scenario, long scheduleSeed) {
        EventBus bus = new EventBus();
        SummaryRecorder recorder = new SummaryRecorder(scenario);
        bus.subscribe(recorder.listener());
        LngWorld world = new LngWorld(scenario, new ScenarioGeography(scenario), bus);
        world.random = new MersenneTwisterFast(scheduleSeed);
        world.runToHorizon();
        bus.finish();
        return recorder.summary();
    }

    private static void report(Varying varying, RunSummary[] summaries) {
        System.out.println("varying: " + varying);
        RunSummary first = summaries[0];
        for (String id : first.grids().keySet()) {
            line("grid " + id + " unserved GWh", summaries, s -> s.grids().get(id).unservedGWh());
            line("grid " + id + " unserved without GWh", summaries, s -> s.counterfactual().grids().get(id).unservedGWh());
            line("grid " + id + " avoided GWh", summaries, s -> s.avoided().gridsUnservedGWh().get(id));
        }
        for (String id : first.gasPools().keySet()) {
            line("pool " + id + " unserved Mt", summaries, s -> s.gasPools().get(id).unservedMt());
            line("pool " + id + " unserved without Mt", summaries, s -> s.counterfactual().gasPools().get(id).unservedMt());
            line("pool " + id + " avoided Mt", summaries, s -> s.avoided().gasPoolsUnservedMt().get(id));
        }
        for (String id : first.importers().keySet()) {
            line(id + " delivered Mt", summaries, s -> s.importers().get(id).deliveredMt());
            line(id + " cancelled cargoes", summaries, s -> s.importers().get(id).cargoesCancelled());
        }
        line("protocol redirected Mt", summaries, s -> s.protocol().redirectedMt());
    }

    private static void line(String name, RunSummary[] summaries, ToDoubleFunction<RunSummary> metric) {
        double[] values = java.util.Arrays.stream(summaries).mapToDouble(metric).toArray();
        EnsembleStats.Spread spread = EnsembleStats.spread(values);
        double mean = java.util.Arrays.stream(values).average().orElse(0);
        double sd = Math.sqrt(java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum()
                / Math.max(1, values.length - 1));
        System.out.printf(Locale.ROOT, "  %-34s median %9.3f  p5 %9.3f  p95 %9.3f  sd %8.3f  p(<0) %.2f%n", name,
                spread.median(), spread.p5(), spread.p95(), sd, EnsembleStats.probabilityWorse(values));
    }
}
