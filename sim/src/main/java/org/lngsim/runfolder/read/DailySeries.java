package org.lngsim.runfolder.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.lngsim.runfolder.TimeseriesColumn;

/**
 * A {@code timeseries.csv} (long format: day, entity, variable, value, unit) as one array per
 * (entity, variable). The pair is the key because one name can be several things: region, pool and
 * importer {@code india} are told apart by their variables.
 */
public final class DailySeries {

    private final Map<String, double[]> series = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();
    private final int days;

    private DailySeries(int days) {
        this.days = days;
    }

    static DailySeries read(Path file, int horizonDays) throws IOException {
        CsvTable table = CsvTable.read(file);
        int day = table.column(TimeseriesColumn.DAY);
        int entity = table.column(TimeseriesColumn.ENTITY);
        int variable = table.column(TimeseriesColumn.VARIABLE);
        int value = table.column(TimeseriesColumn.VALUE);
        int unit = table.column(TimeseriesColumn.UNIT);
        DailySeries result = new DailySeries(horizonDays);
        int line = 1;
        for (String[] row : table.rows()) {
            line++;
            int d;
            double v;
            try {
                d = Integer.parseInt(row[day]);
                v = row[value].isEmpty() ? Double.NaN : Double.parseDouble(row[value]);
            } catch (NumberFormatException e) {
                throw new IOException("line " + line + ": not a number: " + e.getMessage());
            }
            if (d < 0 || d >= horizonDays) {
                throw new IOException("line " + line + ": day " + d + " is outside the horizon of " + horizonDays);
            }
            String key = key(row[entity], row[variable]);
            result.series.computeIfAbsent(key, k -> newSeries(horizonDays))[d] = v;
            result.units.putIfAbsent(key, row[unit]);
        }
        return result;
    }

    private static double[] newSeries(int days) {
        double[] values = new double[days];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    private static String key(String entity, String variable) {
        return entity + '\u0000' + variable;
    }

    public int days() {
        return days;
    }

    public boolean has(String entity, String variable) {
        return series.containsKey(key(entity, variable));
    }

    /** Values by day (NaN where the day is missing); a copy. Empty days all NaN when absent. */
    public double[] values(String entity, String variable) {
        double[] values = series.get(key(entity, variable));
        return values == null ? newSeries(days) : values.clone();
    }

    /** The largest value, or 0 when there is none (a missing series is drawn as no shortfall). */
    public double max(String entity, String variable) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values(entity, variable)) {
            if (!Double.isNaN(v)) {
                max = Math.max(max, v);
            }
        }
        return max == Double.NEGATIVE_INFINITY ? 0.0 : max;
    }

    public String unit(String entity, String variable) {
        return units.getOrDefault(key(entity, variable), "");
    }
}
