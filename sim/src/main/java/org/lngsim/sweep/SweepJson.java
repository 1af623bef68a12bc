package org.lngsim.sweep;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lngsim.files.AtomicFiles;
import org.lngsim.files.OutputException;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.yaml.Location;

/**
 * {@code sweep.json}: what a sweep folder holds — which sweep (the sweep file's hash), run on which
 * scenario (the resolved scenario's hash and each file read, with its SHA-256), which shard, and
 * how many runs. A resume or a merge trusts a folder only when this matches, and says what
 * changed when it does not.
 */
final class SweepJson {

    static final String FILE = "sweep.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String DAMAGED = "; sweep.json is written by lngsim, so this one is damaged or from an older "
            + "version: start the sweep again in another --out";

    /** The fields of sweep.json; {@code mergedFrom} is 0 for a sweep's own folder. */
    record State(String name, String hash, String sweepFile, String base, String scenarioHash,
            List<SweepSpec.InputFile> inputs, long seed, int designPoints, int replications, int totalRuns, int shard,
            int shards, List<String> parameters, List<String> metrics, int mergedFrom, int missingRuns) {

        State {
            inputs = List.copyOf(inputs);
            parameters = List.copyOf(parameters);
            metrics = List.copyOf(metrics);
        }

        /** The state of a merge of this sweep's shards. */
        State merged(int shardCount, int missing) {
            return new State(name, hash, sweepFile, base, scenarioHash, inputs, seed, designPoints, replications,
                    totalRuns, 0, 1, parameters, metrics, shardCount, missing);
        }
    }

    private SweepJson() {
    }

    static State of(SweepSpec spec, int designPoints, int totalRuns, int shard, int shards) {
        return new State(spec.name(), spec.hash(), spec.file().toAbsolutePath().normalize().toString(),
                spec.base().toString(), spec.inputs().scenarioHash(), spec.inputs().files(), spec.seed(), designPoints,
                spec.replications(), totalRuns, shard, shards, spec.parameters().stream().map(SweepSpec.Parameter::path).toList(),
                spec.metrics(), 0, 0);
    }

    /** Writes {@code folder/sweep.json} atomically. */
    static void write(Path folder, State state) throws IOException {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("name", state.name()).put("hash", state.hash()).put("sweepFile", state.sweepFile())
                .put("base", state.base()).put("scenarioHash", state.scenarioHash());
        ArrayNode inputs = json.putArray("inputs");
        state.inputs().forEach(f -> inputs.addObject().put("file", f.file()).put("sha256", f.sha256()));
        json.put("seed", state.seed()).put("designPoints", state.designPoints()).put("replications", state.replications())
                .put("totalRuns", state.totalRuns()).put("shard", state.shard()).put("shards", state.shards());
        state.parameters().forEach(json.putArray("parameters")::add);
        state.metrics().forEach(json.putArray("metrics")::add);
        if (state.mergedFrom() > 0) {
            json.put("mergedFrom", state.mergedFrom()).put("missingRuns", state.missingRuns());
        }
        AtomicFiles.write(folder.resolve(FILE), MAPPER.writeValueAsBytes(json));
    }

    /** Whether {@code folder} has a sweep.json (a plain file, not a link). */
    static boolean exists(Path folder) {
        return Files.exists(folder.resolve(FILE), LinkOption.NOFOLLOW_LINKS);
    }

    /** Reads and checks every field of {@code folder/sweep.json}. */
    static State read(Path folder) throws IOException, SweepException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw SweepException.of(folder.toString(), "is not a sweep folder (no " + FILE + ")");
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Location location = at == null ? Location.of(file.toString())
                    : new Location(file.toString(), Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            throw new SweepException(List.of(new Problem(location, "", "is not valid JSON ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ")" + DAMAGED)));
        } catch (IOException e) {
            throw OutputException.of(file, "cannot be read", e);
        }
        return new Fields(file, json).state();
    }

    /** The fields of a parsed sweep.json, each checked for presence and type. */
    private record Fields(Path file, JsonNode json) {

        State state() throws SweepException {
            if (json == null || !json.isObject()) {
                throw problem("", "is not a JSON object" + DAMAGED);
            }
            int shards = integer("shards", 1);
            int shard = integer("shard", 0);
            if (shard >= shards) {
                throw problem("shard", "shard " + shard + " is not below shards " + shards + DAMAGED);
            }
            int designPoints = integer("designPoints", 1);
            int replications = integer("replications", 1);
            int totalRuns = integer("totalRuns", 1);
            if ((long) designPoints * replications != totalRuns) {
                throw problem("totalRuns", totalRuns + " is not designPoints × replications" + DAMAGED);
            }
            return new State(text("name"), text("hash"), text("sweepFile"), text("base"), text("scenarioHash"), inputs(),
                    number("seed", 0), designPoints, replications, totalRuns, shard, shards, texts("parameters"),
                    texts("metrics"), json.has("mergedFrom") ? integer("mergedFrom", 1) : 0,
                    json.has("mergedFrom") ? integer("missingRuns", 0) : 0);
        }

        private String text(String field) throws SweepException {
            JsonNode node = json.get(field);
            if (node == null || !node.isTextual()) {
                throw problem(field, "is missing or not text" + DAMAGED);
            }
            return node.asText();
        }

        private long number(String field, long minimum) throws SweepException {
            JsonNode node = json.get(field);
            if (node == null || !node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < minimum) {
                throw problem(field, "is missing or not a whole number of at least " + minimum + DAMAGED);
            }
            return node.asLong();
        }

        private int integer(String field, int minimum) throws SweepException {
            long value = number(field, minimum);
            if (value > RunPlan.MAX_RUNS) {
                throw problem(field, value + " is more than any sweep has" + DAMAGED);
            }
            return (int) value;
        }

        private List<String> texts(String field) throws SweepException {
            JsonNode node = json.get(field);
            List<String> texts = new ArrayList<>();
            if (node == null || !node.isArray()) {
                throw problem(field, "is missing or not a list" + DAMAGED);
            }
            for (JsonNode item : node) {
                if (!item.isTextual()) {
                    throw problem(field, "holds something other than text" + DAMAGED);
                }
                texts.add(item.asText());
            }
            return texts;
        }

        private List<SweepSpec.InputFile> inputs() throws SweepException {
            JsonNode node = json.get("inputs");
            List<SweepSpec.InputFile> inputs = new ArrayList<>();
            if (node == null || !node.isArray()) {
                throw problem("inputs", "is missing or not a list" + DAMAGED);
            }
            for (JsonNode item : node) {
                if (!item.path("file").isTextual() || !item.path("sha256").isTextual()) {
                    throw problem("inputs", "holds an entry without 'file' and 'sha256'" + DAMAGED);
                }
                inputs.add(new SweepSpec.InputFile(item.get("file").asText(), item.get("sha256").asText()));
            }
            return inputs;
        }

        private SweepException problem(String field, String message) {
            return new SweepException(List.of(new Problem(Location.of(file.toString()), field, message)));
        }
    }

    /**
     * Refuses to continue {@code saved} as {@code now} when they are not the same sweep, shard and
     * scenario; the message says what changed.
     */
    static void checkSame(Path folder, State saved, State now) throws SweepException {
        String source = folder.resolve(FILE).toString();
        if (!saved.hash().equals(now.hash())) {
            throw SweepException.of(source, "this folder holds the runs of another sweep or of an earlier version of "
                    + now.sweepFile() + changedFiles(saved, now) + "; give the sweep file as it was, or run it in another "
                    + "--out (nothing was changed)");
        }
        if (!saved.scenarioHash().equals(now.scenarioHash())) {
            throw SweepException.of(source, "the base scenario changed since these runs were made" + changedFiles(saved, now)
                    + "; results of the two versions must not be mixed: undo the change, or run the sweep in another "
                    + "--out (nothing was changed)");
        }
        if (saved.shard() != now.shard() || saved.shards() != now.shards()) {
            throw SweepException.of(source, "this folder holds shard " + saved.shard() + "/" + saved.shards()
                    + " of this sweep, not " + now.shard() + "/" + now.shards() + "; resume it with --shard "
                    + saved.shard() + "/" + saved.shards());
        }
    }

    /** " (changed: a.yaml; now extends b.yaml)" from the files' hashes, or nothing when none differ. */
    static String changedFiles(State saved, State now) {
        Map<String, String> before = saved.inputs().stream()
                .collect(Collectors.toMap(SweepSpec.InputFile::file, SweepSpec.InputFile::sha256, (a, b) -> a));
        Map<String, String> after = now.inputs().stream()
                .collect(Collectors.toMap(SweepSpec.InputFile::file, SweepSpec.InputFile::sha256, (a, b) -> a));
        List<String> parts = new ArrayList<>();
        List<String> edited = after.keySet().stream().filter(f -> before.containsKey(f) && !before.get(f).equals(after.get(f)))
                .sorted().toList();
        List<String> added = after.keySet().stream().filter(f -> !before.containsKey(f)).sorted().toList();
        List<String> removed = before.keySet().stream().filter(f -> !after.containsKey(f)).sorted().toList();
        if (!edited.isEmpty()) {
            parts.add("edited: " + String.join(", ", edited));
        }
        if (!added.isEmpty()) {
            parts.add("now also reads " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("no longer reads " + String.join(", ", removed));
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }
}
