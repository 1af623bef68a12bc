package org.lngsim.scenario.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lngsim.geo.GeoPoint;
import org.lngsim.geo.PolygonArea;
import org.lngsim.scenario.load.Entries.Item;

/**
 * Physical and calendar consistency: real dates, boxes with positive extent, contracts a plant
 * can supply, profiles that are not all zero, importers that have somewhere to unload.
 */
final class ConsistencyCheck {

    private final Entries entries;
    private final ProblemCollector problems;
    private final ProblemCollector warnings;

    ConsistencyCheck(Entries entries, ProblemCollector problems, ProblemCollector warnings) {
        this.entries = entries;
        this.problems = problems;
        this.warnings = warnings;
    }

    void run() {
        Optional<LocalDate> start = startDate();
        new DisruptionCheck(entries, problems).checkWindows(start, entries.top().number("horizonDays"), warnings);
        checkPlantCapacity();
        checkAreas();
        checkProfiles();
        checkImportersHaveTerminals();
        checkFuelRegionsHaveTerminals();
        checkFuelLimitedOperation();
    }

    private Optional<LocalDate> startDate() {
        Item top = entries.top();
        Optional<String> text = top.text("start");
        if (text.isEmpty() || !text.get().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            problems.at(top.field("start"), "'" + text.get() + "' is not a calendar date");
            return Optional.empty();
        }
    }

    private void checkPlantCapacity() {
        Map<String, Double> contractedMt = new HashMap<>();
        for (Item contract : entries.list("contracts")) {
            Optional<String> seller = contract.text("seller");
            OptionalDouble annualMt = contract.number("annualMt");
            if (seller.isPresent() && annualMt.isPresent()) {
                contractedMt.merge(seller.get(), annualMt.getAsDouble(), Double::sum);
            }
        }
        for (Item plant : entries.list("plants")) {
            OptionalDouble capacity = plant.number("capacityMtpa");
            double contracted = plant.text("id").map(id -> contractedMt.getOrDefault(id, 0.0)).orElse(0.0);
            if (capacity.isPresent() && capacity.getAsDouble() > 0
                    && contracted > capacity.getAsDouble() * (1 + 1e-9)) {
                problems.at(plant.field("capacityMtpa"), String.format(Locale.ROOT,
                        "contracts from this plant total %.2f Mt a year, more than its capacity of %s Mtpa",
                        contracted, ReferenceCheck.fmt(capacity.getAsDouble())));
            }
        }
    }

    private void checkAreas() {
        for (Item chokepoint : entries.list("chokepoints")) {
            Item area = chokepoint.child("area");
            if (!area.isObject()) {
                continue;
            }
            if (area.has("box") == area.has("polygon")) {
                problems.at(area.path(), "give either 'box' or 'polygon'");
            }
            Item box = area.child("box");
            checkRange(box, "minLon", "maxLon");
            checkRange(box, "minLat", "maxLat");
            checkPolygon(area);
        }
    }

    private void checkRange(Item box, String minField, String maxField) {
        OptionalDouble min = box.number(minField);
        OptionalDouble max = box.number(maxField);
        if (min.isPresent() && max.isPresent() && max.getAsDouble() <= min.getAsDouble()) {
            problems.at(box.field(maxField), maxField + " (" + ReferenceCheck.fmt(max.getAsDouble())
                    + ") must be greater than " + minField + " (" + ReferenceCheck.fmt(min.getAsDouble()) + ")");
        }
    }

    /** Each point on the globe, and then (only if all are) the ring a simple polygon, as the area needs. */
    private void checkPolygon(Item area) {
        var polygon = area.node().get("polygon");
        if (polygon == null || !polygon.isArray()) {
            return;
        }
        List<GeoPoint> vertices = new ArrayList<>();
        for (int i = 0; i < polygon.size(); i++) {
            var point = polygon.get(i);
            if (!(point.isArray() && point.size() == 2 && point.get(0).isNumber() && point.get(1).isNumber())) {
                continue; // the schema says what is wrong with it
            }
            double lon = point.get(0).asDouble();
            double lat = point.get(1).asDouble();
            if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
                problems.at(area.field("polygon").index(i), "a point is [lon, lat] with lon in -180..180 and lat in -90..90");
            } else {
                vertices.add(GeoPoint.ofLonLat(lon, lat));
            }
        }
        if (vertices.size() == polygon.size() && vertices.size() >= 3) {
            PolygonArea.flaw(vertices).ifPresent(flaw -> problems.at(area.field("polygon"), flaw));
        }
    }

    private void checkProfiles() {
        for (Item contract : entries.list("contracts")) {
            checkNotAllZero(contract, "seasonalProfile");
        }
        for (Item demand : entries.list("gasDemands")) {
            checkNotAllZero(demand, "monthlyProfile");
        }
        for (Item grid : entries.list("grids")) {
            Item shape = grid.child("demandShape");
            for (String field : List.of("monthly", "weekday", "hourly")) {
                checkNotAllZero(shape, field);
            }
        }
    }

    private void checkNotAllZero(Item item, String field) {
        var list = item.node().get(field);
        if (list == null || !list.isArray() || list.isEmpty()) {
            return;
        }
        double sum = 0;
        for (var value : list) {
            sum += value.isNumber() ? value.asDouble() : 1;
        }
        if (sum <= 0) {
            problems.at(item.field(field), "all factors are zero");
        }
    }

    private void checkImportersHaveTerminals() {
        for (Item importer : entries.list("importers")) {
            Optional<String> id = importer.text("id");
            boolean hasTerminal = entries.list("terminals").stream()
                    .anyMatch(t -> t.text("importer").equals(id));
            if (id.isPresent() && !hasTerminal) {
                problems.at(importer.field("id"), "importer '" + id.get() + "' has no terminal to unload at");
            }
        }
    }

    private void checkFuelRegionsHaveTerminals() {
        for (Item grid : entries.list("grids")) {
            grid.child("fuel").text("region").ifPresent(region -> {
                boolean hasTerminal = entries.list("terminals").stream()
                        .anyMatch(t -> t.text("region").equals(Optional.of(region)));
                if (entries.byId("regions").containsKey(region) && !hasTerminal) {
                    problems.at(grid.child("fuel").field("region"), "region '" + region + "' has no terminals");
                }
            });
        }
    }

    /**
     * A grid runs one fuel rule, not two; its tie imports name one of its own generators, whose
     * ordinary output never exceeds the tie limit (the headroom is the limit less that output).
     */
    private void checkFuelLimitedOperation() {
        for (Item grid : entries.list("grids")) {
            if (!grid.has("fuelLimitedOperation")) {
                continue;
            }
            if (enabled(grid.child("fuelConservation")) && enabled(grid.child("fuelLimitedOperation"))) {
                problems.at(grid.field("fuelLimitedOperation"),
                        "enable either 'fuelConservation' or 'fuelLimitedOperation', not both");
            }
            Item imports = grid.child("fuelLimitedOperation").child("imports");
            Optional<String> generatorId = imports.text("generator");
            if (generatorId.isEmpty()) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            Item generator = null;
            for (Item g : grid.list("generation")) {
                g.text("id").ifPresent(ids::add);
                if (g.text("id").equals(generatorId)) {
                    generator = g;
                }
            }
            if (generator == null) {
                problems.at(imports.field("generator"), "'" + generatorId.get() + "' is not a generator of this grid"
                        + (ids.isEmpty() ? "" : " (its generators: " + String.join(", ", ids) + ")"));
                continue;
            }
            OptionalDouble tieLimitMW = imports.number("tieLimitMW");
            OptionalDouble ordinaryMW = peakOutputMW(generator);
            if (tieLimitMW.isPresent() && ordinaryMW.isPresent() && ordinaryMW.getAsDouble() > tieLimitMW.getAsDouble()) {
                problems.at(imports.field("tieLimitMW"), String.format(Locale.ROOT,
                        "%s MW is below the most generator '%s' ordinarily imports (%s MW)",
                        number(tieLimitMW.getAsDouble()), generatorId.get(), number(ordinaryMW.getAsDouble())));
            }
        }
    }

    private static boolean enabled(Item rule) {
        var enabled = rule.node().get("enabled");
        return enabled != null && enabled.isBoolean() && enabled.asBoolean();
    }

    /** A generator's highest hourly output: capacity × availability × the largest hourly factor. */
    private static OptionalDouble peakOutputMW(Item generator) {
        OptionalDouble capacity = generator.number("capacityMW");
        OptionalDouble availability = generator.number("availabilityPct");
        if (capacity.isEmpty() || availability.isEmpty()) {
            return OptionalDouble.empty();
        }
        double peakFactor = 1.0;
        var profile = generator.node().get("hourlyProfile");
        if (profile != null && profile.isArray() && !profile.isEmpty()) {
            peakFactor = 0.0;
            for (var value : profile) {
                peakFactor = Math.max(peakFactor, value.asDouble());
            }
        }
        return OptionalDouble.of(capacity.getAsDouble() * availability.getAsDouble() / 100.0 * peakFactor);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
