package org.lngsim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lngsim.scenario.yaml.MapNode;
import org.lngsim.scenario.yaml.YamlNode;

/**
 * Tells a file that is clearly of another kind from a faulty file of ours, so that it gets one
 * problem instead of an "unknown key" per line: {@code extends: /etc/shadow} parses as a mapping
 * whose keys are the lines of the password file. A mapping is foreign when none of its top-level
 * keys is a field of the schema or close enough to one to be a misspelling of it; a scenario
 * with a typo in every key still has its keys suggested.
 */
public final class ForeignFile {

    private final List<String> fields = new ArrayList<>();
    private final String kind;

    /** @param kind what the schema describes, for messages: "scenario", "sweep" */
    public ForeignFile(JsonNode schemaTree, String kind) {
        schemaTree.path("properties").fieldNames().forEachRemaining(fields::add);
        this.kind = kind;
    }

    /** Why {@code root} is clearly not such a file, or empty when it may be one (the schema then says what is wrong). */
    public Optional<String> reason(YamlNode root) {
        if (!(root instanceof MapNode map)) {
            return Optional.of("expected a YAML mapping of " + kind + " fields at the top level, found "
                    + root.kindName());
        }
        int keys = map.entries().size();
        if (keys == 0 || map.entries().keySet().stream().anyMatch(this::isOrResemblesField)) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "not a %s file (%s a %s field)", kind,
                keys == 1 ? "its one top-level key is not" : "none of its " + keys + " top-level keys is", kind));
    }

    private boolean isOrResemblesField(String key) {
        return fields.contains(key) || Suggestions.closest(key, fields) != null;
    }
}
