package org.lngsim.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lngsim.files.TestTrees;
import org.lngsim.run.ScenarioRunner;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.runfolder.read.RunFolderException;
import org.lngsim.runfolder.read.DailySeries;

/**
 * One real run folder (the 60-day Hormuz closure, protocol on, with its counterfactual) made once
 * per test JVM and shared by the chart and report tests: about 4 s, so not once per test.
 */
public final class RunFixture {

    private static Path folder;
    private static RunFolder run;

    private RunFixture() {
    }

    /** The run folder; tests must not modify it (copy it first). */
    public static synchronized Path folder() {
        if (folder == null) {
            try {
                Path dir = TestTrees.deletedAtExit("lngsim-charts-fixture");
                var loaded = new ScenarioLoader().load(Path.of("..", "scenarios", "hormuz-closure-60d.yaml"));
                folder = new ScenarioRunner("test").run(loaded, dir.resolve("run"), List.of(), true).folder();
            } catch (Exception e) {
                throw new IllegalStateException("cannot make the fixture run folder", e);
            }
        }
        return folder;
    }

    public static synchronized RunFolder run() {
        if (run == null) {
            try {
                run = RunFolder.read(folder());
            } catch (RunFolderException e) {
                throw new IllegalStateException(e);
            }
        }
        return run;
    }

    private static RunFolder shortOfPower;

    /**
     * The same closure with Mumbai's fuel-limited operation off and India's pool drawn by the older
     * priority floors, so the grid goes short as it did before Trombay 6, coal beyond merit and
     * extra state-grid imports carried its gas shortfall (under the allocation order power keeps
     * its share of the tanks, and the grid is short less than a GWh a day): for the tests that
     * need unserved energy to draw.
     */
    public static synchronized RunFolder shortOfPower() {
        if (shortOfPower == null) {
            try {
                Path dir = TestTrees.deletedAtExit("lngsim-charts-fixture-short");
                var loaded = new ScenarioLoader().load(Path.of("..", "scenarios", "hormuz-closure-60d.yaml"),
                        List.of("grids[1].fuelLimitedOperation.enabled=false",
                                "gasPools[0].allocationMode=priority-floors"));
                shortOfPower = RunFolder.read(new ScenarioRunner("test").run(loaded, dir.resolve("run"), List.of(), true)
                        .folder());
            } catch (Exception e) {
                throw new IllegalStateException("cannot make the short-of-power fixture run folder", e);
            }
        }
        return shortOfPower;
    }

    /** A private copy of the fixture folder, for tests that write into it. */
    public static Path copy(Path target) {
        try (var paths = Files.walk(folder())) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path to = target.resolve(folder().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Largest value of (entity, variable) in a timeseries.csv, read independently of DailySeries. */
    public static double maxOf(Path timeseriesCsv, String entity, String variable) throws IOException {
        return Files.readAllLines(timeseriesCsv).stream().skip(1).map(l -> l.split(","))
                .filter(f -> f[1].equals(entity) && f[2].equals(variable)).mapToDouble(f -> Double.parseDouble(f[3]))
                .max().orElse(0.0);
    }
}
