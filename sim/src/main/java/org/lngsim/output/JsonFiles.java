package org.lngsim.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the JSON and YAML files of a run folder. Doubles are written in plain decimal notation
 * ({@code 0.0001}, not {@code 1.0E-4}; {@code 24}, not {@code 24.0}) so the files read well and do
 * not depend on how a JDK prints doubles.
 */
final class JsonFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule("lngsim-numbers")
                    .addSerializer(Double.class, new PlainDoubleSerializer())
                    .addSerializer(double.class, new PlainDoubleSerializer()))
            .enable(SerializationFeature.INDENT_OUTPUT)
            // The writer is ours (try-with-resources): Jackson must not close it before the final newline.
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();

    private JsonFiles() {
    }

    // Both build the text in memory and write the bytes in one call: a full disk then fails the
    // write, never a writer's close (which in the JDK can leave the file open).
    static void writeJson(Path file, Object value) throws IOException {
        Files.write(file, (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The text {@link #writeJson} writes (final newline included). */
    static String json(Object value) throws IOException {
        return JSON.writeValueAsString(value) + "\n";
    }

    static void writeYaml(Path file, JsonNode tree) throws IOException {
        Files.write(file, YAML.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a summary back, for tools that reload a run folder (charts, tests). */
    static RunSummary readSummary(Path file) throws IOException {
        return JSON.readValue(file.toFile(), RunSummary.class);
    }

    /** Reads another of the run folder's JSON files back (an ensemble's). */
    static <T> T readValue(Path file, Class<T> type) throws IOException {
        return JSON.readValue(file.toFile(), type);
    }

    private static final class PlainDoubleSerializer extends StdSerializer<Double> {

        PlainDoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                // JSON has no NaN or Infinity: an undefined figure is null.
                gen.writeNull();
            } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                gen.writeNumber((long) (double) value);
            } else {
                gen.writeNumber(BigDecimal.valueOf(value).toPlainString());
            }
        }
    }
}
