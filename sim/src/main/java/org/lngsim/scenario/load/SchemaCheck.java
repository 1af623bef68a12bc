package org.lngsim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.yaml.YamlNode;

/**
 * Checks a composed scenario tree against the shipped JSON Schema (networknt validator) and turns
 * each violation into a located problem with a message written for a planner.
 */
public final class SchemaCheck {

    private final JsonNode schemaTree;
    private final Schema schema;

    SchemaCheck() {
        this(ScenarioSchema.tree());
    }

    /** A check against any JSON Schema (sweep files use their own). */
    public SchemaCheck(JsonNode schemaTree) {
        this.schemaTree = schemaTree;
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schemaTree);
    }

    public List<Problem> check(YamlNode root, JsonNode json) {
        Set<Problem> problems = new LinkedHashSet<>();
        SchemaMessages messages = new SchemaMessages(schemaTree);
        for (Error error : schema.validate(json)) {
            if (isIfCondition(error)) {
                continue;
            }
            TreePath path = toTreePath(error.getInstanceLocation());
            String keyword = error.getKeyword();
            if ("additionalProperties".equals(keyword) || "unevaluatedProperties".equals(keyword)) {
                TreePath keyPath = path.key(error.getProperty());
                problems.add(new Problem(keyPath.locate(root, true), keyPath.toString(), messages.message(error)));
            } else {
                problems.add(new Problem(path.locate(root, false), path.toString(), messages.message(error)));
            }
        }
        return new ArrayList<>(problems);
    }

    /**
     * The field a "missing required field" problem names (the problem itself sits at the parent),
     * or {@code null} for any other problem.
     */
    public static String missingField(Problem problem) {
        String message = problem.message();
        if (!message.startsWith(SchemaMessages.MISSING_FIELD)) {
            return null;
        }
        int start = SchemaMessages.MISSING_FIELD.length();
        return message.substring(start, message.indexOf('\'', start));
    }

    /** Failures inside an {@code if} only choose a branch; they are not problems. */
    private static boolean isIfCondition(Error error) {
        NodePath evaluation = error.getEvaluationPath();
        for (int i = 0; i < evaluation.getNameCount(); i++) {
            if ("if".equals(evaluation.getName(i))) {
                return true;
            }
        }
        return false;
    }

    static TreePath toTreePath(NodePath nodePath) {
        TreePath path = TreePath.ROOT;
        for (int i = 0; i < nodePath.getNameCount(); i++) {
            Object element = nodePath.getElement(i);
            path = element instanceof Integer index ? path.index(index) : path.key(String.valueOf(element));
        }
        return path;
    }
}
