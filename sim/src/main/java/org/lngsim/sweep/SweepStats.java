package org.lngsim.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.lngsim.events.Numbers;
import org.lngsim.files.AtomicFiles;

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

    /**
     * Reads {@code results} (header: run, point, replication, seed, parameters..., metrics...; rows
     * in run order, so each point's rows are together) and writes stats atomically, holding one
     * point's values at a time.
     */
    public static void write(Path results, int parameterCount, Path stats) throws IOException {
        AtomicFiles.write(stats, out -> {
            Writer writer = new Writer(parameterCount, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            try {
                CsvLines.read(results, writer::row);
            } catch (SweepException e) {
                throw new IllegalStateException(e); // the visitor throws none
            }
            writer.finish();
        });
    }

    /** Collects the rows of one design point at a time and writes its figures when the next starts. */
    private static final class Writer {
        private final int firstMetric;
        private final BufferedWriter out;
        private String[] header;
        private int point = -1;
        private String[] parameters;
        private final List<DescriptiveStatistics> values = new ArrayList<>();

        Writer(int parameterCount, BufferedWriter out) {
            this.firstMetric = 4 + parameterCount;
            this.out = out;
        }

        void row(CsvLines.Line line) throws IOException {
            String[] cells = line.text().split(",", -1);
            if (line.number() == 1) {
                header = cells;
                List<String> columns = new ArrayList<>(List.of("point"));
                columns.addAll(List.of(header).subList(4, firstMetric));
                columns.addAll(List.of("metric", "n", "mean", "sd", "ci95Low", "ci95High", "p5", "p50", "p95"));
                writeLine(columns);
                return;
            }
            int rowPoint = Integer.parseInt(cells[1]);
            if (rowPoint != point) {
                flush();
                point = rowPoint;
                parameters = Arrays.copyOfRange(cells, 4, firstMetric);
                values.clear();
                for (int m = firstMetric; m < header.length; m++) {
                    values.add(new DescriptiveStatistics());
                }
            }
            for (int m = firstMetric; m < header.length; m++) {
                if (!cells[m].isEmpty()) {
                    values.get(m - firstMetric).addValue(Double.parseDouble(cells[m]));
                }
            }
        }

        private void flush() throws IOException {
            if (point < 0) {
                return;
            }
            for (int m = firstMetric; m < header.length; m++) {
                List<String> cells = new ArrayList<>();
                cells.add(String.valueOf(point));
                cells.addAll(List.of(parameters));
                cells.add(header[m]);
                cells.addAll(figures(values.get(m - firstMetric)));
                writeLine(cells);
            }
        }

        void finish() throws IOException {
            flush();
            out.flush();
        }

        private void writeLine(List<String> cells) throws IOException {
            out.write(String.join(",", cells));
            out.write('\n');
        }
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
