package org.lngsim.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.lngsim.events.Numbers;

/**
 * {@code stats.csv} from {@code results.csv}: per design point and metric, the number of runs,
 * mean, standard deviation, 95% confidence interval of the mean (Student t) and the 5th, 50th and
 * 95th percentiles (Commons Math). Runs without a value for a metric (e.g. no shortfall day) are
 * left out of that metric's figures.
 */
public final class SweepStats {

    public static final String FILE = "stats.csv";

    private SweepStats() {
    }

    /** Reads {@code results} (header: run, point, replication, seed, parameters..., metrics...) and writes stats. */
    public static void write(Path results, int parameterCount, Path stats) throws IOException {
        List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        int firstMetric = 4 + parameterCount;
        Map<Integer, List<String[]>> byPoint = new LinkedHashMap<>();
        Map<Integer, String[]> parametersOfPoint = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            int point = Integer.parseInt(cells[1]);
            byPoint.computeIfAbsent(point, k -> new ArrayList<>()).add(cells);
            parametersOfPoint.putIfAbsent(point, java.util.Arrays.copyOfRange(cells, 4, firstMetric));
        }
        Path aside = stats.resolveSibling(stats.getFileName() + ".partial");
        try (BufferedWriter out = Files.newBufferedWriter(aside, StandardCharsets.UTF_8)) {
            List<String> columns = new ArrayList<>(List.of("point"));
            columns.addAll(List.of(header).subList(4, firstMetric));
            columns.addAll(List.of("metric", "n", "mean", "sd", "ci95Low", "ci95High", "p5", "p50", "p95"));
            out.write(String.join(",", columns));
            out.write('\n');
            for (Map.Entry<Integer, List<String[]>> entry : new java.util.TreeMap<>(byPoint).entrySet()) {
                for (int m = firstMetric; m < header.length; m++) {
                    DescriptiveStatistics values = new DescriptiveStatistics();
                    for (String[] row : entry.getValue()) {
                        if (!row[m].isEmpty()) {
                            values.addValue(Double.parseDouble(row[m]));
                        }
                    }
                    List<String> cells = new ArrayList<>();
                    cells.add(String.valueOf(entry.getKey()));
                    cells.addAll(List.of(parametersOfPoint.get(entry.getKey())));
                    cells.add(header[m]);
                    cells.addAll(figures(values));
                    out.write(String.join(",", cells));
                    out.write('\n');
                }
            }
        }
        Files.move(aside, stats, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static List<String> figures(DescriptiveStatistics values) {
        long n = values.getN();
        if (n == 0) {
            return List.of("0", "", "", "", "", "", "", "");
        }
        double mean = values.getMean();
        double sd = n > 1 ? values.getStandardDeviation() : Double.NaN;
        double half = n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n) : Double.NaN;
        return List.of(String.valueOf(n), Numbers.format(mean), Numbers.format(sd), Numbers.format(mean - half),
                Numbers.format(mean + half), Numbers.format(values.getPercentile(5)),
                Numbers.format(values.getPercentile(50)), Numbers.format(values.getPercentile(95)));
    }
}
