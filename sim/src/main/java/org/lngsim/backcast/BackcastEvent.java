package org.lngsim.backcast;

import java.util.List;
import org.lngsim.scenario.LoadedScenario;

/** A real event ready to replay: its name, its loaded and validated scenario, its observations. */
public record BackcastEvent(String name, LoadedScenario scenario, List<Observation> observations) {

    public BackcastEvent {
        observations = List.copyOf(observations);
    }
}
