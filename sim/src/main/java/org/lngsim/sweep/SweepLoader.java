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
import java.util.Locale;
import java.util.Optional;
import org.lngsim.files.InputFile;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ForeignFile;
import org.lngsim.scenario.load.JsonTree;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.scenario.load.SchemaCheck;
import org.lngsim.scenario.yaml.Location;
import org.lngsim.scenario.yaml.YamlLimits;
import org.lngsim.scenario.yaml.YamlNode;
import org.lngsim.scenario.yaml.YamlReader;
import org.lngsim.scenario.yaml.YamlSyntaxException;

/**
 * Reads a sweep file and validates it in full: structure against the shipped sweep schema, one
 * kind of value source per parameter, distributions with their parameters, a base scenario that
 * loads with every parameter's first value, and metrics that name numbers of a run's summary.
 */
public final class SweepLoader {

    static final String SCHEMA_RESOURCE = "/org/lngsim/sweep/sweep.schema.json";
    private static final JsonNode SCHEMA = loadSchema();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ForeignFile FOREIGN = new ForeignFile(SCHEMA, "sweep");

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
            spec = bind(file, json);
        } catch (IllegalArgumentException e) {
            // a field too malformed to bind has its schema problem already
            throw new SweepException(problems);
        }
        // Every problem at once: the checks below run on what the schema let through, and say
        // nothing about a field the schema already faulted.
        List<String> faulted = problems.stream().map(SweepLoader::faultedPath).toList();
        for (Problem problem : new SweepChecks(root, spec, faulted).run()) {
            if (!under(problem.path(), faulted)) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new SweepException(problems);
        }
        return spec;
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

    private static SweepSpec bind(Path file, JsonNode json) {
        List<SweepSpec.Parameter> parameters = new ArrayList<>();
        for (JsonNode p : json.path("parameters")) {
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
            parameters.add(new SweepSpec.Parameter(p.path("path").asText(), values, range, distribution));
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
                json.path("counterfactual").asBoolean(true), metrics, hash(json));
    }

    private static String hash(JsonNode json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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

    /** Consistency checks after the schema: value sources, distributions, base scenario, metrics. */
    private static final class SweepChecks {
        private final YamlNode root;
        private final SweepSpec spec;
        private final List<String> faulted;
        private final List<Problem> problems = new ArrayList<>();

        SweepChecks(YamlNode root, SweepSpec spec, List<String> faulted) {
            this.root = root;
            this.spec = spec;
            this.faulted = faulted;
        }

        List<Problem> run() {
            for (int i = 0; i < spec.parameters().size(); i++) {
                checkParameter(i, spec.parameters().get(i));
            }
            if (faulted.stream().noneMatch(f -> under(f, List.of("design")))) {
                checkDesign();
            }
            // Loading the base with the parameters' first values only means something when the
            // fields it uses passed the schema.
            if (faulted.stream().anyMatch(f -> under(f, List.of("base", "set", "parameters", "metrics")))) {
                return problems;
            }
            Optional<String> refusal = InputFile.refusal(spec.base());
            if (refusal.isPresent()) {
                add(List.of("base"), "base scenario " + spec.base() + ": " + refusal.get());
                return problems;
            }
            checkBaseAndMetrics();
            return problems;
        }

        private void checkParameter(int index, SweepSpec.Parameter parameter) {
            List<Object> at = List.of("parameters", index);
            int sources = (parameter.values() != null ? 1 : 0) + (parameter.range() != null ? 1 : 0)
                    + (parameter.distribution() != null ? 1 : 0);
            if (sources != 1) {
                add(at, "give exactly one of 'values', 'range' or 'distribution'");
            }
            if (parameter.range() != null && parameter.range().to() < parameter.range().from()) {
                add(List.of("parameters", index, "range", "to"), "must not be below 'from'");
            }
            if (parameter.distribution() != null) {
                String problem = Sampling.distributionProblem(parameter.distribution());
                if (problem != null) {
                    add(List.of("parameters", index, "distribution"), problem);
                }
                if ("grid".equals(spec.design().type())) {
                    add(List.of("parameters", index, "distribution"),
                            "a grid design needs values or a range; sample distributions with 'lhs' or 'random'");
                }
            }
        }

        private void checkDesign() {
            boolean sampled = !"grid".equals(spec.design().type());
            if (sampled && spec.design().samples() == null) {
                add(List.of("design"), "an '" + spec.design().type() + "' design needs 'samples'");
            }
            if (!sampled && spec.design().samples() != null) {
                add(List.of("design", "samples"), "a grid design takes every combination; 'samples' does not apply");
            }
        }

        private void checkBaseAndMetrics() {
            List<String> sets = new ArrayList<>(spec.fixedSets());
            for (SweepSpec.Parameter parameter : spec.parameters()) {
                sets.add(parameter.path() + "=" + Sampling.firstValueText(parameter));
            }
            try {
                LoadedScenario loaded = new ScenarioLoader().load(spec.base(), sets);
                for (int i = 0; i < spec.metrics().size(); i++) {
                    String problem = MetricPath.problem(spec.metrics().get(i), loaded.scenario());
                    if (problem != null) {
                        add(List.of("metrics", i), problem);
                    }
                }
            } catch (ScenarioException e) {
                for (Problem problem : e.problems()) {
                    problems.add(relocate(problem));
                }
            }
        }

        /**
         * A problem caused by a parameter's own override (a path the base scenario does not have,
         * a value of the wrong type) is reported at that parameter in the sweep file, not at a
         * "--set" the user never typed.
         */
        private Problem relocate(Problem problem) {
            for (int i = 0; i < spec.parameters().size(); i++) {
                String override = "--set " + spec.parameters().get(i).path() + "=";
                if (problem.location().source().startsWith(override)) {
                    List<Object> at = List.of("parameters", i, "path");
                    return new Problem(locate(at), render(at), "in the base scenario: "
                            + (problem.path().isEmpty() ? "" : problem.path() + ": ") + problem.message());
                }
            }
            return problem;
        }

        private void add(List<Object> path, String message) {
            org.lngsim.scenario.yaml.Location location = locate(path);
            problems.add(new Problem(location, render(path), message));
        }

        private Location locate(List<Object> path) {
            YamlNode node = root;
            for (Object step : path) {
                java.util.Optional<YamlNode> next = node.child(step);
                if (next.isEmpty()) {
                    break;
                }
                node = next.get();
            }
            return node.location();
        }

        private static String render(List<Object> path) {
            StringBuilder text = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer i) {
                    text.append('[').append(i).append(']');
                } else {
                    text.append(text.length() == 0 ? "" : ".").append(step);
                }
            }
            return text.toString().toLowerCase(Locale.ROOT).equals(text.toString()) ? text.toString() : text.toString();
        }
    }
}
