package org.lngsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.load.ForeignFile;
import org.lngsim.scenario.load.JsonTree;
import org.lngsim.scenario.load.SchemaCheck;
import org.lngsim.scenario.yaml.Location;
import org.lngsim.scenario.yaml.YamlLimits;
import org.lngsim.scenario.yaml.YamlNode;
import org.lngsim.scenario.yaml.YamlReader;
import org.lngsim.scenario.yaml.YamlSyntaxException;

/**
 * Reads a sweep file and validates it in full before anything runs: structure against the shipped
 * sweep schema, then {@link SweepChecks} (value sources, the design's size, every value against
 * the scenario's bounds, the base scenario and the metrics).
 */
public final class SweepLoader {

    static final String SCHEMA_RESOURCE = "/org/lngsim/sweep/sweep.schema.json";
    private static final JsonNode SCHEMA = loadSchema();
    private static final ForeignFile FOREIGN = new ForeignFile(SCHEMA, "sweep");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public SweepSpec load(Path file) throws SweepException {
        String source = file.toString();
        YamlNode root;
        try {
            root = new YamlReader(YamlLimits.SCENARIO).readFile(file, source);
        } catch (YamlSyntaxException e) {
            throw new SweepException(List.of(new Problem(e.location(), "", e.getMessage())));
        }
        Optional<String> foreign = FOREIGN.reason(root);
        if (foreign.isPresent()) {
            throw SweepException.of(source, foreign.get());
        }
        JsonNode json = JsonTree.of(root);
        List<Problem> problems = new ArrayList<>(new SchemaCheck(SCHEMA).check(root, json));
        SweepSpec spec;
        try {
            spec = bind(file, json, root);
        } catch (IllegalArgumentException e) {
            // a field too malformed to bind has its schema problem already
            throw new SweepException(problems);
        }
        // Every problem at once: the checks below run on what the schema let through, and say
        // nothing about a field the schema already faulted.
        List<String> faulted = problems.stream().map(SweepLoader::faultedPath).toList();
        SweepChecks checks = new SweepChecks(root, spec, faulted);
        for (Problem problem : checks.run()) {
            if (!under(problem.path(), faulted)) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new SweepException(problems);
        }
        return spec.withInputs(checks.inputs());
    }

    /**
     * The field a schema problem faults: its own path, or for a missing field the field's path
     * (the problem itself sits at the parent, which may be the whole file).
     */
    private static String faultedPath(Problem problem) {
        String field = SchemaCheck.missingField(problem);
        if (field == null) {
            return problem.path();
        }
        return problem.path().isEmpty() ? field : problem.path() + "." + field;
    }

    /** Whether {@code path} is one of {@code faulted} or lies inside one of them. */
    static boolean under(String path, List<String> faulted) {
        for (String f : faulted) {
            if (path.equals(f) || path.startsWith(f + ".") || path.startsWith(f + "[")) {
                return true;
            }
        }
        return false;
    }

    private static SweepSpec bind(Path file, JsonNode json, YamlNode root) {
        List<SweepSpec.Parameter> parameters = new ArrayList<>();
        for (JsonNode p : json.path("parameters")) {
            Location at = SweepChecks.locate(root, List.of("parameters", parameters.size()));
            List<Object> values = null;
            if (p.has("values")) {
                values = new ArrayList<>();
                for (JsonNode v : p.path("values")) {
                    values.add(v.isNumber() ? (Object) v.asDouble() : v.isBoolean() ? (Object) v.asBoolean() : v.asText());
                }
            }
            SweepSpec.Range range = p.has("range") ? new SweepSpec.Range(p.path("range").path("from").asDouble(),
                    p.path("range").path("to").asDouble(), p.path("range").path("step").asDouble()) : null;
            SweepSpec.Distribution distribution = p.has("distribution")
                    ? MAPPER.convertValue(p.path("distribution"), SweepSpec.Distribution.class) : null;
            parameters.add(new SweepSpec.Parameter(p.path("path").asText(), values, range, distribution, at));
        }
        List<String> sets = new ArrayList<>();
        json.path("set").forEach(s -> sets.add(s.asText()));
        List<String> metrics = new ArrayList<>();
        json.path("metrics").forEach(m -> metrics.add(m.asText()));
        Path directory = file.toAbsolutePath().getParent();
        Path base = directory.resolve(json.path("base").asText()).normalize();
        JsonNode design = json.path("design");
        return new SweepSpec(json.path("name").asText(), json.path("description").asText(""), file, base, sets,
                parameters, new SweepSpec.Design(design.path("type").asText(),
                        design.has("samples") ? design.path("samples").asInt() : null),
                json.path("replications").asInt(), json.path("seed").asLong(),
                json.path("counterfactual").asBoolean(true), metrics, hash(json), SweepSpec.Inputs.NONE);
    }

    private static String hash(JsonNode json) {
        return sha256(json.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** SHA-256 in hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static JsonNode loadSchema() {
        try (InputStream in = SweepLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped sweep schema, for {@code lngsim schema --sweep}. */
    public static String schemaText() {
        return SCHEMA.toPrettyString();
    }
}
