package org.lngsim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Schema of scenario files, shipped in the jar. */
public final class ScenarioSchema {

    static final String RESOURCE = "/org/lngsim/scenario/scenario.schema.json";

    private static final String TEXT = load();

    private ScenarioSchema() {
    }

    /** The schema as shipped, for {@code lngsim schema} and editors. */
    public static String text() {
        return TEXT;
    }

    static JsonNode tree() {
        try {
            return new ObjectMapper().readTree(TEXT);
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped schema is not JSON", e);
        }
    }

    private static String load() {
        try (InputStream in = ScenarioSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
