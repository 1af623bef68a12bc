package org.lngsim.output;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lngsim.events.Numbers;
import org.lngsim.runfolder.BandColumn;
import org.lngsim.runfolder.EnsembleSide;
import org.lngsim.runfolder.RunFile;
import org.lngsim.stats.EnsembleStats;

/**
 * {@code ensemble/bands.csv}: for every day, entity and band, and each side of the pairs, the
 * 5th, 50th and 95th percentiles across the replications of the daily value. A day on which no
 * replication observed a stock has no row.
 */
public final class EnsembleBands {

    private EnsembleBands() {
    }

    /**
     * Writes the bands of {@code with} (each replication's protocol run, in replication order)
     * and {@code without} (their counterfactuals; empty when none ran) into a run folder.
     */
    public static void writeInto(Path runFolder, List<ReplicationSeries> with, List<ReplicationSeries> without)
            throws IOException {
        StringWriter out = new StringWriter();
        Csv.row(out, BandColumn.headerLine());
        rows(out, EnsembleSide.WITH_PROTOCOL, with);
        rows(out, EnsembleSide.WITHOUT_PROTOCOL, without);
        Path file = RunFile.ENSEMBLE_BANDS.in(runFolder);
        Files.createDirectories(file.getParent());
        // Built in memory and written in one call, as the JSON files are: a full disk fails the write.
        Files.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void rows(StringWriter out, EnsembleSide side, List<ReplicationSeries> runs) throws IOException {
        if (runs.isEmpty()) {
            return;
        }
        Set<ReplicationSeries.Key> keys = new LinkedHashSet<>();
        runs.forEach(run -> run.keys().forEach(keys::add));
        int days = runs.get(0).days();
        for (ReplicationSeries.Key key : keys) {
            double[][] byRun = runs.stream().map(run -> run.values(key)).toArray(double[][]::new);
            for (int day = 0; day < days; day++) {
                double[] values = observed(byRun, day);
                if (values.length == 0) {
                    continue;
                }
                EnsembleStats.Spread spread = EnsembleStats.spread(values);
                Csv.row(out, Integer.toString(day), key.entity(), key.band().variable(), side.label(), key.band().unit(),
                        Numbers.format(spread.p5()), Numbers.format(spread.median()), Numbers.format(spread.p95()));
            }
        }
    }

    private static double[] observed(double[][] byRun, int day) {
        List<Double> values = new ArrayList<>();
        for (double[] run : byRun) {
            if (!Double.isNaN(run[day])) {
                values.add(run[day]);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
