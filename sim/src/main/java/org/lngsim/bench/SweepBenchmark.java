package org.lngsim.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lngsim.files.ScratchFolder;
import org.lngsim.run.InvariantViolation;
import org.lngsim.sweep.SweepException;
import org.lngsim.sweep.SweepLoader;
import org.lngsim.sweep.SweepRunner;
import org.lngsim.text.Plural;

/**
 * Sweep throughput and memory: a Hormuz-closure Monte Carlo over the protocol's parameters (each
 * run with its counterfactual), timed at a given thread count, with the peak heap of the sweep.
 */
public final class SweepBenchmark {

    /** One measurement. */
    public record Figures(int runs, int threads, int horizonDays, double seconds, double peakHeapMb) {

        public double runsPerSecond() {
            return runs / seconds;
        }
    }

    private final Path baseScenario;

    public SweepBenchmark(Path baseScenario) {
        this.baseScenario = baseScenario.toAbsolutePath().normalize();
    }

    public Figures measure(int runs, int threads, int horizonDays)
            throws IOException, SweepException, InvariantViolation {
        try (ScratchFolder scratch = ScratchFolder.create("sweep-bench")) {
            Path folder = scratch.path();
            Path sweepFile = folder.resolve("bench.yaml");
            Files.writeString(sweepFile, String.format(Locale.ROOT, """
                    name: sweep-bench
                    base: %s
                    set:
                      - horizonDays=%d
                      - "disruptions=[{type: chokepoint-closure, chokepoint: hormuz, startDay: %d, endDay: %d}]"
                    parameters:
                      - path: protocol.decisionLagHours
                        distribution: {type: uniform, min: 0, max: 96}
                      - path: protocol.partyOverrides[0].triggerDaysOfCover
                        distribution: {type: uniform, min: 3, max: 6}
                    design: {type: random, samples: %d}
                    replications: 1
                    seed: 1
                    metrics: [gasPools.india.unservedMt, avoided.gasPoolsUnservedMt.india, protocol.redirections]
                    """, baseScenario, horizonDays, horizonDays / 6, horizonDays / 6 + Math.max(7, horizonDays / 6), runs));
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            new SweepRunner(new SweepLoader().load(sweepFile)).run(folder.resolve("out"), threads, false, 0, 1,
                    SweepRunner.Progress.none());
            double seconds = (System.nanoTime() - started) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            return new Figures(runs, threads, horizonDays, seconds, peak / 1024.0 / 1024.0);
        }
    }

    public static String report(Figures f) {
        return String.format(Locale.ROOT, "sweep of %,d %d-day %s (each with its counterfactual) on %s: "
                + "%.1f s, %.2f runs/s, peak heap %.0f MB%n", f.runs(), f.horizonDays(), Plural.noun(f.runs(), "run"),
                Plural.of(f.threads(), "thread"), f.seconds(), f.runsPerSecond(), f.peakHeapMb());
    }
}
