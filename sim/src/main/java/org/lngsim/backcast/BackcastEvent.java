package org.lngsim.backcast;

import java.nio.file.Path;
import java.util.List;
import org.lngsim.scenario.LoadedScenario;

/**
 * A real event ready to replay: its name, its scenario file and the scenario loaded and validated
 * from it (replications load it again with their own seeds), its observations.
 */
public record BackcastEvent(String name, Path scenarioFile, LoadedScenario scenario, List<Observation> observations) {

    public BackcastEvent {
        observations = List.copyOf(observations);
    }
}
