package org.lngsim.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.lngsim.events.EventBus;
import org.lngsim.files.ScratchFolder;
import org.lngsim.run.InvariantViolation;
import org.lngsim.run.ScenarioRunner;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.ScenarioGeography;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.world.LngWorld;

/** Measures a scenario's run speed against a bare schedule, and peak heap over 1 and 10 years. */
public final class Benchmark {

    /** What was measured. */
    public record Figures(double medianRunSeconds, long steppables, long eventsPublished, double bareSeconds,
            double peakHeapOneYearMb, double peakHeapTenYearsMb) {

        public double steppablesPerSecond() {
            return steppables / medianRunSeconds;
        }

        public double bareStepsPerSecond() {
            return steppables / bareSeconds;
        }

        public double costRatio() {
            return medianRunSeconds / bareSeconds;
        }
    }

    private final Path scenarioFile;
    private final Consumer<String> progress;

    public Benchmark(Path scenarioFile, Consumer<String> progress) {
        this.scenarioFile = scenarioFile;
        this.progress = progress;
    }

    public Figures run(int warmups, int measured) throws ScenarioException, IOException, InvariantViolation {
        Scenario scenario = new ScenarioLoader().load(scenarioFile).scenario();
        ScenarioGeography geography = new ScenarioGeography(scenario);
        for (int i = 0; i < warmups; i++) {
            progress.accept("warm-up run " + (i + 1) + "/" + warmups);
            simulate(scenario, geography);
        }
        List<Double> seconds = new ArrayList<>();
        long[] counts = null;
        for (int i = 0; i < measured; i++) {
            progress.accept("measured run " + (i + 1) + "/" + measured);
            long started = System.nanoTime();
            counts = simulate(scenario, geography);
            seconds.add((System.nanoTime() - started) / 1e9);
        }
        Collections.sort(seconds);
        double median = seconds.get(seconds.size() / 2);
        progress.accept("bare MASON schedule, same number of steps");
        int agents = BareSchedule.agentsLike(scenario);
        List<Double> bareSeconds = new ArrayList<>();
        for (int i = 0; i < warmups + measured; i++) {
            bareSeconds.add(BareSchedule.run(counts[0], agents, 1));
        }
        Collections.sort(bareSeconds);
        double bare = bareSeconds.get(bareSeconds.size() / 2);
        progress.accept("peak heap: 1 year with run folder");
        double oneYear = peakHeapMb(List.of());
        progress.accept("peak heap: 10 years with run folder");
        double tenYears = peakHeapMb(List.of("horizonDays=3653"));
        return new Figures(median, counts[0], counts[1], bare, oneYear, tenYears);
    }

    /**
     * The timed run is the bare kernel (no listeners, the routed geography reused), to compare
     * per step with a bare schedule; it is not an experiment. The heap figures run the whole
     * {@link org.lngsim.run.Experiment}, counterfactual and run folder included.
     */
    static long[] simulate(Scenario scenario, ScenarioGeography geography) {
        EventBus bus = new EventBus();
        LngWorld world = new LngWorld(scenario, geography, bus);
        world.runToHorizon();
        bus.finish();
        return new long[] {world.stepsScheduled(), bus.publishedCount()};
    }

    /** Peak heap (all heap pools, after a GC and a peak reset) of a full run writing its folder. */
    private double peakHeapMb(List<String> sets) throws ScenarioException, IOException, InvariantViolation {
        LoadedScenario loaded = new ScenarioLoader().load(scenarioFile, sets);
        try (ScratchFolder scratch = ScratchFolder.create("bench")) {
            return peakHeapMb(loaded, scratch.path().resolve("run"), sets);
        }
    }

    private static double peakHeapMb(LoadedScenario loaded, Path out, List<String> sets) throws IOException, InvariantViolation {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        new ScenarioRunner("bench").run(loaded, out, sets);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return peak / 1024.0 / 1024.0;
    }

    public static String report(Figures f) {
        return String.format(Locale.ROOT, String.join("%n",
                "one run of the scenario (median, warm): %.3f s",
                "  steppables dispatched: %,d  (%,.0f per second)",
                "  events published:      %,d  (%,.0f per second)",
                "bare MASON schedule, same %,d steps: %.3f s  (%,.0f per second)",
                "cost per step, model / bare schedule: %.1fx",
                "peak heap, 1-year run writing its folder:  %.0f MB",
                "peak heap, 10-year run writing its folder: %.0f MB", ""),
                f.medianRunSeconds(), f.steppables(), f.steppablesPerSecond(), f.eventsPublished(),
                f.eventsPublished() / f.medianRunSeconds(), f.steppables(), f.bareSeconds(), f.bareStepsPerSecond(),
                f.costRatio(), f.peakHeapOneYearMb(), f.peakHeapTenYearsMb());
    }
}
