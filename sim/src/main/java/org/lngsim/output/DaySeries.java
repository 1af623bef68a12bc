package org.lngsim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lngsim.events.Numbers;

/**
 * The time-series aggregates of one day: for each entity seen that day (in first-seen order, so
 * equal event sequences give equal files), one value per variable of its kind.
 */
final class DaySeries {

    private final int day;
    private final Map<String, Entity> entities = new LinkedHashMap<>();

    DaySeries(int day) {
        this.day = day;
    }

    int day() {
        return day;
    }

    /** Adds {@code values} (one per variable of {@code kind}, in order) to the entity's day. */
    void add(SeriesKind kind, String entityId, double... values) {
        // The key includes the kind: a region, a pool and an importer may share an id ("india").
        Entity entity = entities.computeIfAbsent(kind.name() + ':' + entityId, k -> new Entity(kind, entityId));
        entity.add(values);
    }

    void write(Writer out) throws IOException {
        String dayText = Integer.toString(day);
        for (Entity entity : entities.values()) {
            List<SeriesKind.Variable> variables = entity.kind.variables();
            for (int i = 0; i < variables.size(); i++) {
                SeriesKind.Variable variable = variables.get(i);
                Csv.row(out, dayText, entity.id, variable.name(), Numbers.format(entity.values[i]), variable.unit());
            }
        }
    }

    private static final class Entity {

        private final SeriesKind kind;
        private final String id;
        private final double[] values;
        private boolean seen;

        Entity(SeriesKind kind, String id) {
            this.kind = kind;
            this.id = id;
            this.values = new double[kind.variables().size()];
        }

        void add(double[] observed) {
            List<SeriesKind.Variable> variables = kind.variables();
            if (observed.length != variables.size()) {
                throw new IllegalArgumentException(kind + " takes " + variables.size() + " values, got " + observed.length);
            }
            for (int i = 0; i < observed.length; i++) {
                values[i] = seen ? combine(variables.get(i).combine(), values[i], observed[i]) : observed[i];
            }
            seen = true;
        }

        private static double combine(SeriesKind.Combine combine, double soFar, double observed) {
            return switch (combine) {
                case SUM -> soFar + observed;
                case MAX -> Math.max(soFar, observed);
                case LAST -> observed;
            };
        }
    }
}
