package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Japan's utility stock in a run of the 2024 world equals, day by day, its regions' stock rows ×
 * the shares the scenario declares, computed here from the run folder's own files.
 */
class UtilityStockOutputTest {

    private static final String WORLD = CliRun.repositoryFile("scenarios/base/world-2024.yaml").toString();

    @TempDir
    static Path directory;

    private static Path out;
    /** Region → share (%), for the regions that declare it, from scenario.resolved.yaml. */
    private static final Map<String, Double> shares = new HashMap<>();
    private static final Map<String, String> importerOf = new HashMap<>();
    /** "day,entity,variable" → value. */
    private static final Map<String, Double> rows = new HashMap<>();

    @BeforeAll
    static void run() throws IOException {
        out = directory.resolve("world");
        CliRun run = CliRun.of("run", WORLD, "--out", out.toString(), "--no-charts", "--no-counterfactual",
                "--replications", "1", "--set", "horizonDays=40");
        assertThat(run.exitCode).as(run.err).isEqualTo(0);
        JsonNode scenario = new YAMLMapper().readTree(out.resolve("scenario.resolved.yaml").toFile());
        for (JsonNode region : scenario.get("regions")) {
            importerOf.put(region.get("id").asText(), region.get("importer").asText());
            if (region.has("powerUtilityStockPct")) {
                shares.put(region.get("id").asText(), region.get("powerUtilityStockPct").asDouble());
            }
        }
        List<String> lines = Files.readAllLines(out.resolve("timeseries.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            Double previous = rows.put(f[0] + "," + f[1] + "," + f[2], Double.parseDouble(f[3]));
            if (f[1].equals("japan")) {
                assertThat(previous).as("one row per day and variable: " + line).isNull();
            }
        }
    }

    @Test
    void the_japanese_regions_declare_a_share_and_india_does_not() {
        assertThat(shares).containsOnlyKeys("tokyo-bay", "japan-other");
        assertThat(importerOf.get("india")).isEqualTo("india");
    }

    @Test
    void utility_stock_is_the_sum_of_region_stock_times_share_and_stock_the_sum_of_region_stock() {
        Map<Integer, Double> utility = new TreeMap<>();
        for (int day = 0; day < 40; day++) {
            double expectedUtility = 0;
            double expectedStock = 0;
            for (Map.Entry<String, Double> share : shares.entrySet()) {
                double regionStock = rows.get(day + "," + share.getKey() + ",stock");
                expectedStock += regionStock;
                expectedUtility += regionStock * share.getValue() / 100;
            }
            assertThat(rows.get(day + ",japan,utility-stock")).as("day " + day).isCloseTo(expectedUtility, within(1.0));
            assertThat(rows.get(day + ",japan,stock")).as("day " + day).isCloseTo(expectedStock, within(1.0));
            utility.put(day, expectedUtility);
        }
        assertThat(rows).doesNotContainKey("0,india,utility-stock");
        // The summary's min and max are those of the daily series (Mt, rounded).
        JsonNode japan = readSummary().get("importers").get("japan");
        double min = utility.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow() / 1e6;
        double max = utility.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow() / 1e6;
        assertThat(japan.get("minUtilityStockMt").asDouble()).isCloseTo(min, within(1e-5));
        assertThat(japan.get("maxUtilityStockMt").asDouble()).isCloseTo(max, within(1e-5));
        assertThat(readSummary().get("importers").get("india").has("minUtilityStockMt")).isFalse();
    }

    private static JsonNode readSummary() {
        try {
            return new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
