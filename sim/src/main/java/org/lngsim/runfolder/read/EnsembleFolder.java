package org.lngsim.runfolder.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.lngsim.output.EnsembleSummary;
import org.lngsim.runfolder.BandColumn;
import org.lngsim.runfolder.EnsembleBand;
import org.lngsim.runfolder.EnsembleSide;
import org.lngsim.runfolder.RunFile;

/**
 * An ensemble's files in a run folder, read back for the charts and the report:
 * {@code ensemble.json} and the daily bands of {@code ensemble/bands.csv}. A folder made with
 * {@code --replications 1} has neither, and reads as {@link Optional#empty()}.
 */
public final class EnsembleFolder {

    /** One band by day: 5th percentile, median and 95th percentile (NaN where the file has no row). */
    public record Band(double[] p5, double[] p50, double[] p95) {
    }

    private record Key(String entity, EnsembleBand band, EnsembleSide side) {
    }

    private final EnsembleSummary summary;
    private final Map<Key, Band> bands;
    private final int days;

    private EnsembleFolder(EnsembleSummary summary, Map<Key, Band> bands, int days) {
        this.summary = summary;
        this.bands = bands;
        this.days = days;
    }

    /** The ensemble of {@code run}'s folder, if it has one. */
    public static Optional<EnsembleFolder> of(RunFolder run) throws RunFolderException {
        Path folder = run.folder();
        Path json = RunFile.ENSEMBLE.in(folder);
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        int days = run.summary().horizonDays();
        try {
            EnsembleSummary summary = EnsembleSummary.read(json);
            Path csv = RunFile.ENSEMBLE_BANDS.in(folder);
            return Optional.of(new EnsembleFolder(summary, readBands(csv, days), days));
        } catch (IOException | RuntimeException e) {
            throw new RunFolderException(folder + ": the ensemble cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<Key, Band> readBands(Path file, int days) throws IOException {
        CsvTable table = CsvTable.read(file);
        int day = table.column(BandColumn.DAY);
        int entity = table.column(BandColumn.ENTITY);
        int variable = table.column(BandColumn.VARIABLE);
        int side = table.column(BandColumn.SIDE);
        int unit = table.column(BandColumn.UNIT);
        int p5 = table.column(BandColumn.P5);
        int p50 = table.column(BandColumn.P50);
        int p95 = table.column(BandColumn.P95);
        Map<Key, Band> bands = new HashMap<>();
        int line = 1;
        for (String[] row : table.rows()) {
            line++;
            int d = Integer.parseInt(row[day]);
            if (d < 0 || d >= days) {
                throw new IOException("line " + line + ": day " + d + " is outside the horizon of " + days);
            }
            Key key = new Key(row[entity], EnsembleBand.of(row[variable], row[unit]), EnsembleSide.of(row[side]));
            Band band = bands.computeIfAbsent(key, k -> new Band(empty(days), empty(days), empty(days)));
            band.p5()[d] = Double.parseDouble(row[p5]);
            band.p50()[d] = Double.parseDouble(row[p50]);
            band.p95()[d] = Double.parseDouble(row[p95]);
        }
        return bands;
    }

    private static double[] empty(int days) {
        double[] values = new double[days];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    public EnsembleSummary summary() {
        return summary;
    }

    public int days() {
        return days;
    }

    /** The band of one entity's value on one side, or empty when the ensemble has none. */
    public Optional<Band> band(String entity, EnsembleBand band, EnsembleSide side) {
        return Optional.ofNullable(bands.get(new Key(entity, band, side)));
    }
}
