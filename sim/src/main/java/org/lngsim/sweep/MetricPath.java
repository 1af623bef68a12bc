package org.lngsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.lngsim.output.RunSummary;
import org.lngsim.scenario.Scenario;

/**
 * A path into {@code summary.json} (e.g. {@code gasPools.india.unservedMt}), checked against the
 * summary's record structure and the scenario's ids before anything runs.
 */
final class MetricPath {

    private MetricPath() {
    }

    /** Null when the path names a number in a run's summary, else what is wrong with it. */
    static String problem(String path, Scenario scenario) {
        String[] steps = path.split("\\.");
        Class<?> type = RunSummary.class;
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            RecordComponent component = component(type, step);
            if (component == null) {
                String walked = String.join(".", Arrays.copyOfRange(steps, 0, i));
                return "'" + step + "' is not a field of " + (walked.isEmpty() ? "the summary" : "'" + walked + "'")
                        + " (fields: " + fields(type) + ")";
            }
            if (Map.class.isAssignableFrom(component.getType())) {
                if (i + 1 >= steps.length) {
                    return "'" + path + "' ends at a map; add an id, e.g. " + path + "." + firstId(step, scenario);
                }
                String id = steps[++i];
                List<String> ids = ids(step, scenario);
                if (!ids.isEmpty() && !ids.contains(id)) {
                    return "unknown id '" + id + "' in " + step + " (known: " + String.join(", ", ids) + ")";
                }
                type = mapValueType(type, component);
                if (type == null) {
                    return i + 1 == steps.length ? null : "'" + steps[i + 1] + "' goes past a number";
                }
            } else {
                type = component.getType();
                if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
                    return i + 1 == steps.length ? null : "'" + steps[i + 1] + "' goes past a number";
                }
                if (!type.isRecord()) {
                    return "'" + path + "' is not a number";
                }
            }
        }
        return "'" + path + "' names a block, not a number; go one step further (fields: " + fields(type) + ")";
    }

    /** The number at {@code path} in a summary as JSON, or NaN when absent (e.g. no shortfall day). */
    static double read(JsonNode summary, String path) {
        JsonNode node = summary;
        for (String step : path.split("\\.")) {
            node = node.path(step);
        }
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }

    private static RecordComponent component(Class<?> type, String name) {
        if (type == null || !type.isRecord()) {
            return null;
        }
        return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst().orElse(null);
    }

    /** The record type of a map's values, or null when the values are numbers. */
    private static Class<?> mapValueType(Class<?> owner, RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType parameterized) {
            Type value = parameterized.getActualTypeArguments()[1];
            if (value instanceof Class<?> valueClass && valueClass.isRecord()) {
                return valueClass;
            }
        }
        return null;
    }

    private static List<String> ids(String mapName, Scenario scenario) {
        return switch (mapName) {
            case "grids", "gridsUnservedGWh" -> scenario.grids().stream().map(g -> g.id()).toList();
            case "gasPools", "gasPoolsUnservedMt" -> scenario.gasPools().stream().map(g -> g.id()).toList();
            case "gasDemands" -> scenario.gasDemands().stream().map(g -> g.id()).toList();
            case "importers" -> scenario.importers().stream().map(g -> g.id()).toList();
            case "terminals" -> scenario.terminals().stream().map(g -> g.id()).toList();
            case "sectors" -> scenario.gasPools().stream().flatMap(p -> p.sectors().stream()).map(s -> s.id()).toList();
            default -> List.of();
        };
    }

    private static String firstId(String mapName, Scenario scenario) {
        List<String> ids = ids(mapName, scenario);
        return ids.isEmpty() ? "<id>" : ids.get(0);
    }

    private static String fields(Class<?> type) {
        if (type == null || !type.isRecord()) {
            return "none";
        }
        return String.join(", ", Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
    }
}
