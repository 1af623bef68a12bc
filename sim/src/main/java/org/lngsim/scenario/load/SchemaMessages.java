package org.lngsim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.lngsim.scenario.yaml.Quoted;

/**
 * Words for schema violations. The validator's own messages are generic ("$.x: integer found,
 * string expected"); planners get "expected a number, found a string 'abc'" and, for a misspelt
 * key, the key they probably meant.
 */
final class SchemaMessages {

    static final String MISSING_FIELD = "missing required field '";

    private final JsonNode schemaTree;

    SchemaMessages(JsonNode schemaTree) {
        this.schemaTree = schemaTree;
    }

    String message(Error error) {
        JsonNode instance = error.getInstanceNode();
        JsonNode schemaValue = error.getSchemaNode();
        return switch (error.getKeyword()) {
            case "additionalProperties", "unevaluatedProperties" -> unknownKey(error);
            case "required" -> MISSING_FIELD + error.getProperty() + "'";
            case "type" -> "expected " + typeName(schemaValue) + ", found " + describe(instance);
            case "minimum" -> "must be at least " + number(schemaValue) + " (found " + describe(instance) + ")";
            case "maximum" -> "must be at most " + number(schemaValue) + " (found " + describe(instance) + ")";
            case "exclusiveMinimum" -> "must be greater than " + number(schemaValue) + " (found " + describe(instance) + ")";
            case "exclusiveMaximum" -> "must be less than " + number(schemaValue) + " (found " + describe(instance) + ")";
            case "enum" -> "must be one of " + choices(schemaValue) + " (found " + describe(instance) + ")";
            case "pattern" -> patternMessage(error, instance);
            case "minItems" -> "must have at least " + items(schemaValue.asInt()) + " (found " + instance.size() + ")";
            case "maxItems" -> "must have at most " + items(schemaValue.asInt()) + " (found " + instance.size() + ")";
            case "minLength" -> "must not be empty";
            case "maxLength" -> "must be at most " + schemaValue.asInt() + " characters long";
            case "false" -> "is not allowed here";
            default -> stripPath(error.getMessage());
        };
    }

    private String unknownKey(Error error) {
        String key = Quoted.of(error.getProperty());
        List<String> allowed = allowedKeys(error.getSchemaLocation().getFragment());
        String suggestion = Suggestions.closest(error.getProperty(), allowed);
        if (suggestion != null) {
            return "unknown key " + key + " (did you mean '" + suggestion + "'?)";
        }
        return allowed.isEmpty() ? "unknown key " + key
                : "unknown key " + key + " (allowed: " + String.join(", ", allowed) + ")";
    }

    /** The sibling {@code properties} of the failing {@code additionalProperties}. */
    private List<String> allowedKeys(NodePath fragment) {
        JsonNode node = schemaTree;
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path(String.valueOf(element));
        }
        List<String> keys = new ArrayList<>();
        node.path("properties").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static String patternMessage(Error error, JsonNode instance) {
        String location = error.getSchemaLocation().toString();
        if (location.contains("/date/")) {
            return "must be a date written YYYY-MM-DD (found " + describe(instance) + ")";
        }
        if (location.contains("/id/")) {
            return "must be a lowercase id of letters, digits and single hyphens, like 'ras-laffan' (found "
                    + describe(instance) + ")";
        }
        return "must match " + error.getSchemaNode().asText() + " (found " + describe(instance) + ")";
    }

    static String typeName(JsonNode schemaType) {
        if (schemaType.isArray()) {
            StringJoiner names = new StringJoiner(" or ");
            schemaType.forEach(t -> names.add(typeName(t)));
            return names.toString();
        }
        return switch (schemaType.asText()) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "string" -> "a string";
            case "number" -> "a number";
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            case "null" -> "nothing";
            default -> schemaType.asText();
        };
    }

    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "nothing";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isTextual()) {
            return "the string " + Quoted.of(value.asText());
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        return number(value);
    }

    /** A number as written, cut short like quoted text (a whole number may have thousands of digits). */
    private static String number(JsonNode value) {
        if (value.isIntegralNumber()) {
            return Quoted.shortened(value.asText());
        }
        double d = value.asDouble();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%.0f", d) : value.asText();
    }

    private static String choices(JsonNode values) {
        StringJoiner joiner = new StringJoiner(", ");
        values.forEach(v -> joiner.add(v.isTextual() ? v.asText() : v.toString()));
        return joiner.toString();
    }

    private static String items(int count) {
        return count == 1 ? "1 item" : count + " items";
    }

    private static String stripPath(String message) {
        return message.replaceFirst("^\\$[^:]*: ", "");
    }
}
