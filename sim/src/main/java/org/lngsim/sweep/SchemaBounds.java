package org.lngsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lngsim.events.Numbers;
import org.lngsim.scenario.load.ScenarioSchema;

/**
 * What the scenario schema allows for a swept number: its bounds and whether it must be whole.
 * Read from the shipped schema by walking it along the path ({@code properties}, {@code items},
 * {@code $ref}, and {@code allOf} branches whose {@code if} holds for the scenario), so that a
 * sweep can check every value it will set, not just the first, before anything runs.
 */
final class SchemaBounds {

    private static final JsonNode SCHEMA = read();

    /** A numeric field's bounds; null bounds are open. */
    record Bounds(String field, boolean integer, Double minimum, boolean minimumExclusive, Double maximum,
            boolean maximumExclusive) {

        /** Null when {@code value} is allowed, else why not, e.g. "-48 is below the minimum 0 of …". */
        String problem(double value) {
            String outside = outside(value);
            return outside == null ? null : Numbers.format(value) + " is " + outside;
        }

        /** Null when {@code value} is allowed, else where it falls: "below the minimum 0 of …". */
        String outside(double value) {
            if (minimum != null && (minimumExclusive ? value <= minimum : value < minimum)) {
                return (minimumExclusive ? "not above" : "below") + " the minimum " + Numbers.format(minimum) + " of "
                        + field + (minimumExclusive ? " (which must be above it)" : "");
            }
            if (maximum != null && (maximumExclusive ? value >= maximum : value > maximum)) {
                return (maximumExclusive ? "not below" : "above") + " the maximum " + Numbers.format(maximum) + " of "
                        + field + (maximumExclusive ? " (which must be below it)" : "");
            }
            if (integer && value != Math.rint(value)) {
                return "not a whole number, which " + field + " must be";
            }
            return null;
        }

        /** The allowed range in words, for a truncation hint: "min: 0, max: 8760". */
        String asTruncation() {
            List<String> parts = new ArrayList<>();
            if (minimum != null) {
                parts.add("min: " + Numbers.format(minimum) + (minimumExclusive ? " (exclusive: pick a value above it)" : ""));
            }
            if (maximum != null) {
                parts.add("max: " + Numbers.format(maximum) + (maximumExclusive ? " (exclusive: pick a value below it)" : ""));
            }
            return String.join(", ", parts);
        }
    }

    private SchemaBounds() {
    }

    /**
     * The bounds of the number at {@code steps} (keys and list indexes) in {@code scenario} (the
     * resolved scenario tree), or null when the schema gives that path no numeric type.
     */
    static Bounds of(String field, List<Object> steps, JsonNode scenario) {
        List<JsonNode> schemas = expand(List.of(SCHEMA), scenario);
        JsonNode instance = scenario;
        for (Object step : steps) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode schema : schemas) {
                JsonNode child = step instanceof String key ? schema.path("properties").path(key) : schema.path("items");
                if (child.isObject()) {
                    next.add(child);
                }
            }
            instance = step instanceof String key ? instance.path(key) : instance.path((Integer) step);
            schemas = expand(next, instance);
        }
        return bounds(field, schemas);
    }

    /** Follows {@code $ref}s and applicable {@code allOf} branches: every schema the value must meet. */
    private static List<JsonNode> expand(List<JsonNode> schemas, JsonNode instance) {
        List<JsonNode> all = new ArrayList<>();
        List<JsonNode> pending = new ArrayList<>(schemas);
        while (!pending.isEmpty() && all.size() < 256) {
            JsonNode schema = pending.remove(pending.size() - 1);
            if (!schema.isObject()) {
                continue; // a boolean schema: "true" allows anything, so it adds no bound
            }
            all.add(schema);
            if (schema.has("$ref")) {
                pending.add(SCHEMA.at(schema.get("$ref").asText().substring(1)));
            }
            for (JsonNode branch : schema.path("allOf")) {
                if (!branch.has("if")) {
                    pending.add(branch);
                } else if (holds(branch.get("if"), instance) && branch.has("then")) {
                    pending.add(branch.get("then"));
                }
            }
        }
        return all;
    }

    /**
     * Whether an {@code if} of the form the scenario schema uses (properties with {@code const},
     * {@code required}) holds. Any other condition counts as not holding: a branch is then
     * ignored, which can only miss a bound, never invent one.
     */
    private static boolean holds(JsonNode condition, JsonNode instance) {
        for (String keyword : (Iterable<String>) condition::fieldNames) {
            if (!keyword.equals("properties") && !keyword.equals("required")) {
                return false;
            }
        }
        for (JsonNode required : condition.path("required")) {
            if (!instance.has(required.asText())) {
                return false;
            }
        }
        for (Map.Entry<String, JsonNode> property : condition.path("properties").properties()) {
            JsonNode constant = property.getValue().get("const");
            if (constant == null || property.getValue().size() != 1 || !constant.equals(instance.path(property.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** One side's bound: a value, and whether the value itself is excluded. */
    private record Limit(double value, boolean exclusive) {

        /** The tighter of two lower (sign 1) or upper (sign -1) limits. */
        static Limit tighter(Limit a, Limit b, int sign) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            int order = Double.compare(a.value, b.value) * sign;
            return order != 0 ? (order > 0 ? a : b) : new Limit(a.value, a.exclusive || b.exclusive);
        }
    }

    private static Bounds bounds(String field, List<JsonNode> schemas) {
        boolean numeric = false;
        boolean integer = false;
        Limit low = null;
        Limit high = null;
        for (JsonNode schema : schemas) {
            String type = schema.path("type").asText("");
            numeric |= type.equals("number") || type.equals("integer");
            integer |= type.equals("integer");
            low = Limit.tighter(low, limit(schema, "minimum", false), 1);
            low = Limit.tighter(low, limit(schema, "exclusiveMinimum", true), 1);
            high = Limit.tighter(high, limit(schema, "maximum", false), -1);
            high = Limit.tighter(high, limit(schema, "exclusiveMaximum", true), -1);
        }
        if (!numeric) {
            return null;
        }
        return new Bounds(field, integer, low == null ? null : low.value, low != null && low.exclusive,
                high == null ? null : high.value, high != null && high.exclusive);
    }

    private static Limit limit(JsonNode schema, String keyword, boolean exclusive) {
        return schema.path(keyword).isNumber() ? new Limit(schema.get(keyword).asDouble(), exclusive) : null;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(ScenarioSchema.text());
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped scenario schema is not JSON", e);
        }
    }
}
