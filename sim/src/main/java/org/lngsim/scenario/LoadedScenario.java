package org.lngsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario as loaded: the validated records, the resolved tree (after {@code extends} and
 * {@code --set}, for {@code scenario.resolved.yaml}), the files read and a hash of the input.
 */
public record LoadedScenario(Scenario scenario, JsonNode resolved, List<Path> files, String inputHash) {

    public LoadedScenario {
        files = List.copyOf(files);
        resolved = resolved.deepCopy();
    }

    @Override
    public JsonNode resolved() {
        return resolved.deepCopy();
    }
}
