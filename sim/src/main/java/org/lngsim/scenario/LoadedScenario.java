package org.lngsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario as loaded: the validated records, the resolved tree (after {@code extends} and
 * {@code --set}, for {@code scenario.resolved.yaml}), the files read, a hash of the input, and
 * the warnings: valid values that are probably slips, located like problems, in reading order.
 */
public record LoadedScenario(Scenario scenario, JsonNode resolved, List<Path> files, String inputHash,
        List<Problem> warnings) {

    public LoadedScenario {
        files = List.copyOf(files);
        resolved = resolved.deepCopy();
        warnings = warnings == null ? List.of() : warnings.stream().sorted().distinct().toList();
    }

    /** A scenario loaded without warnings. */
    public LoadedScenario(Scenario scenario, JsonNode resolved, List<Path> files, String inputHash) {
        this(scenario, resolved, files, inputHash, List.of());
    }

    @Override
    public JsonNode resolved() {
        return resolved.deepCopy();
    }
}
