package org.lngsim.charts;

import java.nio.file.Path;
import java.util.List;
import org.lngsim.run.ScenarioRunner;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.scenario.load.TestScenarios;

/** Short runs of the mini world with a few lines added, for the chart and report tests (about 1 s each). */
public final class MiniRuns {

    private MiniRuns() {
    }

    /** Runs the mini world extended by {@code yaml} (with its counterfactual) into {@code dir}/run. */
    public static RunFolder run(Path dir, String yaml) {
        try {
            Path file = TestScenarios.extendingMiniWorld(dir, "scenario.yaml", "name: mini-test\n" + yaml);
            var loaded = new ScenarioLoader().load(file);
            return RunFolder.read(new ScenarioRunner("test").run(loaded, dir.resolve("run"), List.of(), true).folder());
        } catch (Exception e) {
            throw new IllegalStateException("cannot make the mini run", e);
        }
    }
}
