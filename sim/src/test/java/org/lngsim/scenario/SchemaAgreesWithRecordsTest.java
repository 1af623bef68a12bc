package org.lngsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON schema that validates scenario files and the records they are read into describe the
 * same fields: walking both from the top, every object of the schema has exactly the properties
 * of its record, so a field added to one and forgotten in the other fails here, not in a user's
 * run ("unknown key" for a field the model reads, or a field the schema allows and the model
 * drops).
 */
class SchemaAgreesWithRecordsTest {

    /** Properties only the loader reads: {@code extends} is merged away before the records exist. */
    private static final Set<String> SCHEMA_ONLY_AT_TOP = Set.of("extends");

    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws Exception {
        try (InputStream in = SchemaAgreesWithRecordsTest.class
                .getResourceAsStream("/org/lngsim/scenario/scenario.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyObjectOfTheSchemaHasExactlyTheFieldsOfItsRecord() {
        List<String> disagreements = new ArrayList<>();
        compare(Scenario.class, schema, "", SCHEMA_ONLY_AT_TOP, disagreements);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void theWalkReachesEveryRecordOfTheScenario() {
        Set<String> reached = new TreeSet<>();
        walkTypes(Scenario.class, reached);
        // Each type below is a record the scenario is read into; a miss means the walk skipped it.
        assertThat(reached).contains("Scenario", "Plant", "Fleet", "Terminal", "Contract", "Grid", "DemandProfile",
                "GasPool", "Sector", "Chokepoint", "ChokepointShape", "Box", "Protocol", "Shipping", "Levers",
                "ChokepointClosure", "VesselDelay", "PlantOutage");
    }

    private static void walkTypes(Class<?> type, Set<String> reached) {
        if (!reached.add(type.getSimpleName())) {
            return;
        }
        for (Class<?> sub : subtypes(type)) {
            walkTypes(sub, reached);
        }
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                element(c.getGenericType()).filter(SchemaAgreesWithRecordsTest::modelled).ifPresent(t -> walkTypes(t, reached));
            }
        }
    }

    private static void compare(Class<?> type, JsonNode node, String path, Set<String> schemaOnly, List<String> out) {
        JsonNode object = resolve(node);
        if (type.isInterface() && type.isSealed()) {
            compareSubtypes(type, object, path, out);
            return;
        }
        if (!type.isRecord()) {
            return;
        }
        Map<String, JsonNode> properties = properties(object);
        Set<String> inSchema = new TreeSet<>(properties.keySet());
        inSchema.removeAll(schemaOnly);
        Set<String> inRecord = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            inRecord.add(c.getName());
        }
        if (!inSchema.equals(inRecord)) {
            Set<String> onlySchema = new TreeSet<>(inSchema);
            onlySchema.removeAll(inRecord);
            Set<String> onlyRecord = new TreeSet<>(inRecord);
            onlyRecord.removeAll(inSchema);
            out.add((path.isEmpty() ? "(top)" : path) + " (" + type.getSimpleName() + "): only in the schema " + onlySchema
                    + ", only in the record " + onlyRecord);
        }
        for (RecordComponent c : type.getRecordComponents()) {
            JsonNode property = properties.get(c.getName());
            Optional<Class<?>> element = element(c.getGenericType()).filter(SchemaAgreesWithRecordsTest::modelled);
            if (property == null || element.isEmpty()) {
                continue;
            }
            JsonNode resolved = resolve(property);
            JsonNode target = resolved.has("items") ? resolved.get("items") : resolved;
            compare(element.get(), target, path.isEmpty() ? c.getName() : path + "." + c.getName(), Set.of(), out);
        }
    }

    /** A sealed interface read by a type tag: each subtype against the schema branch of its tag. */
    private static void compareSubtypes(Class<?> type, JsonNode object, String path, List<String> out) {
        JsonSubTypes tags = type.getAnnotation(JsonSubTypes.class);
        for (JsonSubTypes.Type tagged : tags.value()) {
            JsonNode branch = branchFor(object, tagged.name());
            if (branch == null) {
                out.add(path + ": the schema has no branch for type '" + tagged.name() + "'");
                continue;
            }
            compare(tagged.value(), branch, path + "[" + tagged.name() + "]", Set.of("type"), out);
        }
    }

    private static JsonNode branchFor(JsonNode object, String tag) {
        for (JsonNode rule : object.path("allOf")) {
            if (tag.equals(rule.path("if").path("properties").path("type").path("const").asText(null))) {
                return rule.get("then");
            }
        }
        return null;
    }

    /** The object's properties, with those of the objects it extends through {@code allOf}. */
    private static Map<String, JsonNode> properties(JsonNode object) {
        Map<String, JsonNode> properties = new TreeMap<>();
        for (JsonNode part : object.path("allOf")) {
            JsonNode resolved = resolve(part);
            if (!resolved.has("if")) {
                properties.putAll(properties(resolved));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            // "true" only admits a field declared elsewhere (a shared window's): keep the richer one.
            if (!e.getValue().isBoolean() || !properties.containsKey(e.getKey())) {
                properties.put(e.getKey(), e.getValue());
            }
        }
        return properties;
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = schema.at(ref.substring(1));
        }
        return current;
    }

    /** The type a component holds: itself, or the element of a List or Optional. */
    private static Optional<Class<?>> element(Type type) {
        if (type instanceof Class<?> c) {
            return Optional.of(c);
        }
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return Optional.of(c);
        }
        return Optional.empty();
    }

    private static boolean modelled(Class<?> type) {
        return type.getPackageName().equals(Scenario.class.getPackageName()) && (type.isRecord() || type.isSealed());
    }

    private static List<Class<?>> subtypes(Class<?> type) {
        return type.isSealed() ? List.of(type.getPermittedSubclasses()) : List.of();
    }
}
