package org.lngsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lngsim.files.InputFile;

/**
 * Joins the shards of one sweep (each a folder with sweep.json and results.csv) into one folder:
 * the same sweep (hash) and shard count, rows united by run number (a run in two shards must have
 * the same row), sorted, and stats recomputed.
 */
public final class SweepMerge {

    /** What the merge found. */
    public record Outcome(int shards, int runs, int totalRuns, List<Integer> missingRuns, Path folder) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SweepMerge() {
    }

    public static Outcome merge(List<Path> shardFolders, Path out) throws IOException, SweepException {
        JsonNode first = null;
        String header = null;
        Map<Integer, String> rows = new TreeMap<>();
        for (Path folder : shardFolders) {
            JsonNode info = readSweepJson(folder);
            if (first == null) {
                first = info;
            } else if (!first.path("hash").asText().equals(info.path("hash").asText())) {
                throw SweepException.of(folder.toString(), "is from another sweep (hash " + info.path("hash").asText()
                        + ", expected " + first.path("hash").asText() + ")");
            }
            Path results = folder.resolve(ResultsFile.FILE);
            if (!Files.isRegularFile(results)) {
                throw SweepException.of(folder.toString(), "has no " + ResultsFile.FILE);
            }
            List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
            if (header == null) {
                header = lines.get(0);
            } else if (!header.equals(lines.get(0))) {
                throw SweepException.of(results.toString(), "has other columns than the first shard's");
            }
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                int run;
                try {
                    run = Integer.parseInt(line.substring(0, Math.max(0, line.indexOf(','))));
                } catch (NumberFormatException e) {
                    throw new SweepException(List.of(new org.lngsim.scenario.Problem(
                            new org.lngsim.scenario.yaml.Location(results.toString(), i + 1, 1), "",
                            "not a results row (expected a run number first)")));
                }
                String previous = rows.putIfAbsent(run, line);
                if (previous != null && !previous.equals(line)) {
                    throw SweepException.of(results.toString(), "run " + run + " differs from the same run in another shard");
                }
            }
        }
        Files.createDirectories(out);
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows.values());
        Path aside = out.resolve(ResultsFile.FILE + ".partial");
        Files.write(aside, lines, StandardCharsets.UTF_8);
        Files.move(aside, out.resolve(ResultsFile.FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        mergeDaily(shardFolders, out);
        int parameters = first.path("parameters").size();
        SweepStats.write(out.resolve(ResultsFile.FILE), parameters, out.resolve(SweepStats.FILE));
        int total = first.path("totalRuns").asInt();
        List<Integer> missing = new ArrayList<>();
        for (int run = 0; run < total; run++) {
            if (!rows.containsKey(run)) {
                missing.add(run);
            }
        }
        ObjectNode merged = ((ObjectNode) first.deepCopy()).put("shard", 0).put("shards", 1)
                .put("mergedFrom", shardFolders.size()).put("missingRuns", missing.size());
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.resolve(SweepRunner.SWEEP_JSON).toFile(), merged);
        return new Outcome(shardFolders.size(), rows.size(), total, missing, out);
    }

    /** Concatenates the shards' daily.csv (runs are disjoint) and sorts it like one sweep's. */
    private static void mergeDaily(List<Path> shardFolders, Path out) throws IOException {
        List<String> rows = new ArrayList<>();
        for (Path folder : shardFolders) {
            Path daily = folder.resolve(DailyFile.FILE);
            if (Files.isRegularFile(daily)) {
                List<String> lines = Files.readAllLines(daily, StandardCharsets.UTF_8);
                rows.addAll(lines.subList(1, lines.size()));
            }
        }
        Path target = out.resolve(DailyFile.FILE);
        List<String> lines = new ArrayList<>();
        lines.add(DailyFile.HEADER);
        lines.addAll(new java.util.TreeSet<>(rows));
        Files.write(target, lines, StandardCharsets.UTF_8);
        try (DailyFile sorter = new DailyFile(out)) {
            sorter.sortByRun();
        }
    }

    private static JsonNode readSweepJson(Path folder) throws IOException, SweepException {
        Optional<String> notAFolder = InputFile.folderRefusal(folder);
        if (notAFolder.isPresent()) {
            throw SweepException.of(folder.toString(), notAFolder.get());
        }
        Path file = folder.resolve(SweepRunner.SWEEP_JSON);
        if (!Files.isRegularFile(file)) {
            throw SweepException.of(folder.toString(), "is not a sweep folder (no " + SweepRunner.SWEEP_JSON + ")");
        }
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw SweepException.of(file.toString(), "cannot be read: " + e.getMessage());
        }
    }
}
