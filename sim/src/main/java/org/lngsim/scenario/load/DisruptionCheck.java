package org.lngsim.scenario.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.lngsim.scenario.load.Entries.Item;

/** Disruptions: what they name exists, their windows make sense, their parameters fit their kind. */
final class DisruptionCheck {

    private static final Map<String, Set<String>> DISTRIBUTION_PARAMETERS = Map.of(
            "uniform", Set.of("minDays", "maxDays"),
            "triangular", Set.of("minDays", "modeDays", "maxDays"),
            "exponential", Set.of("meanDays"),
            "lognormal", Set.of("medianDays", "sigma"));

    private final Entries entries;
    private final ProblemCollector problems;
    private final ReferenceCheck references;

    DisruptionCheck(Entries entries, ProblemCollector problems) {
        this.entries = entries;
        this.problems = problems;
        this.references = new ReferenceCheck(entries, problems);
    }

    void checkReferences() {
        for (Item disruption : entries.list("disruptions")) {
            String type = disruption.text("type").orElse("");
            switch (type) {
                case "chokepoint-closure", "chokepoint-restriction" ->
                        references.reference(disruption, "chokepoint", "chokepoints");
                case "plant-outage" -> references.reference(disruption, "plant", "plants");
                case "terminal-outage" -> references.reference(disruption, "terminal", "terminals");
                case "demand-shock" -> checkShockTarget(disruption);
                case "vessel-delay" -> disruption.texts("fleets")
                        .forEach(f -> references.referenceAt(f.getKey(), f.getValue(), "fleets"));
                default -> {
                    // an unknown type is a schema problem, reported there
                }
            }
        }
    }

    private void checkShockTarget(Item shock) {
        Optional<String> target = shock.text("target");
        if (target.isEmpty()) {
            return;
        }
        Item pool = entries.byId("gasPools").get(target.get());
        if (pool != null) {
            references.sectorReference(shock, "sector", pool, false);
            return;
        }
        boolean known = entries.byId("grids").containsKey(target.get())
                || entries.byId("gasDemands").containsKey(target.get());
        if (!known) {
            Set<String> ids = new LinkedHashSet<>(entries.byId("grids").keySet());
            ids.addAll(entries.byId("gasDemands").keySet());
            ids.addAll(entries.byId("gasPools").keySet());
            problems.at(shock.field("target"), ReferenceCheck.unknownMessage(target.get(),
                    "grid, gas demand or gas pool", ids));
        } else if (shock.has("sector")) {
            problems.at(shock.field("sector"), "'sector' applies only when the target is a gas pool");
        }
    }

    /**
     * Windows: exactly one start and one end each, in order, starting inside the horizon. An end
     * past the horizon is allowed (the disruption is still on when the run ends) but is often a
     * slip, such as a date in the wrong year: a warning.
     */
    void checkWindows(Optional<LocalDate> scenarioStart, OptionalDouble horizonDays, ProblemCollector warnings) {
        for (Item disruption : entries.list("disruptions")) {
            OptionalDouble start = bound(disruption, "startDay", "startDate", scenarioStart);
            OptionalDouble end = bound(disruption, "endDay", "endDate", scenarioStart);
            if (start.isPresent() && end.isPresent() && end.getAsDouble() <= start.getAsDouble()) {
                problems.at(endField(disruption), "ends (day " + ReferenceCheck.fmt(end.getAsDouble())
                        + ") before or when it starts (day " + ReferenceCheck.fmt(start.getAsDouble()) + ")");
            }
            if (start.isPresent() && horizonDays.isPresent() && horizonDays.getAsDouble() >= 1
                    && start.getAsDouble() >= horizonDays.getAsDouble()) {
                problems.at(startField(disruption), "starts on day " + ReferenceCheck.fmt(start.getAsDouble())
                        + ", after the horizon of " + ReferenceCheck.fmt(horizonDays.getAsDouble()) + " days");
            } else if (end.isPresent() && horizonDays.isPresent() && horizonDays.getAsDouble() >= 1
                    && end.getAsDouble() > horizonDays.getAsDouble()) {
                warnings.at(endField(disruption), "ends on day " + ReferenceCheck.fmt(end.getAsDouble())
                        + ", past the horizon of " + ReferenceCheck.fmt(horizonDays.getAsDouble())
                        + " days: it is still on when the run ends");
            }
            checkReopening(disruption, start, end);
            checkBelief(disruption, start, end, scenarioStart, warnings);
            checkDistribution(disruption);
        }
    }

    /**
     * A closure's believed end comes after its start; each belief revision is made within the
     * closure, after the previous one, and believes in an end after it is made. A belief acts
     * only on ships that decide, so a belief with another closure response is a warning.
     */
    private void checkBelief(Item disruption, OptionalDouble start, OptionalDouble end,
            Optional<LocalDate> scenarioStart, ProblemCollector warnings) {
        boolean hasBelief = disruption.has("believedEndDay") || disruption.has("believedEndDate");
        List<Item> revisions = disruption.list("beliefRevisions");
        if (!hasBelief && revisions.isEmpty()) {
            return;
        }
        String response = entries.top().child("shipping").text("closureResponse").orElse("wait");
        if (!"decide".equals(response)) {
            warnings.at(hasBelief ? believedEndField(disruption) : disruption.field("beliefRevisions"),
                    "a believed end acts only on ships that decide (shipping.closureResponse: decide; here '"
                            + response + "')");
        }
        if (hasBelief) {
            OptionalDouble believed = bound(disruption, "believedEndDay", "believedEndDate", scenarioStart);
            if (believed.isPresent() && start.isPresent() && believed.getAsDouble() <= start.getAsDouble()) {
                problems.at(believedEndField(disruption), "the believed end (day " + ReferenceCheck.fmt(believed.getAsDouble())
                        + ") must come after the closure starts (day " + ReferenceCheck.fmt(start.getAsDouble()) + ")");
            }
        }
        OptionalDouble previous = OptionalDouble.empty();
        for (Item revision : revisions) {
            OptionalDouble from = bound(revision, "fromDay", "fromDate", scenarioStart);
            OptionalDouble believed = bound(revision, "believedEndDay", "believedEndDate", scenarioStart);
            TreePath fromField = revision.has("fromDate") ? revision.field("fromDate") : revision.field("fromDay");
            if (from.isEmpty()) {
                continue;
            }
            double day = from.getAsDouble();
            if (start.isPresent() && end.isPresent() && (day < start.getAsDouble() || day >= end.getAsDouble())) {
                problems.at(fromField, "a belief revision (day " + ReferenceCheck.fmt(day) + ") must fall within the closure (days "
                        + ReferenceCheck.fmt(start.getAsDouble()) + " to " + ReferenceCheck.fmt(end.getAsDouble()) + ")");
            }
            if (previous.isPresent() && day <= previous.getAsDouble()) {
                problems.at(fromField, "belief revisions must be in the order they are made: day " + ReferenceCheck.fmt(day)
                        + " does not follow day " + ReferenceCheck.fmt(previous.getAsDouble()));
            }
            if (believed.isPresent() && believed.getAsDouble() <= day) {
                problems.at(revision.has("believedEndDate") ? revision.field("believedEndDate") : revision.field("believedEndDay"),
                        "the believed end (day " + ReferenceCheck.fmt(believed.getAsDouble())
                                + ") must come after the revision is made (day " + ReferenceCheck.fmt(day) + ")");
            }
            previous = from;
        }
    }

    private static TreePath believedEndField(Item disruption) {
        return disruption.has("believedEndDate") ? disruption.field("believedEndDate") : disruption.field("believedEndDay");
    }

    private OptionalDouble bound(Item disruption, String dayField, String dateField, Optional<LocalDate> scenarioStart) {
        boolean hasDay = disruption.has(dayField);
        boolean hasDate = disruption.has(dateField);
        if (hasDay && hasDate) {
            problems.at(disruption.field(dateField), "give '" + dayField + "' or '" + dateField + "', not both");
            return OptionalDouble.empty();
        }
        if (!hasDay && !hasDate) {
            problems.at(disruption.path(), "missing '" + dayField + "' (day offset) or '" + dateField + "' (YYYY-MM-DD)");
            return OptionalDouble.empty();
        }
        if (hasDay) {
            return disruption.number(dayField);
        }
        Optional<String> text = disruption.text(dateField);
        if (text.isEmpty() || scenarioStart.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text.get());
            long day = ChronoUnit.DAYS.between(scenarioStart.get(), date);
            if (day < 0) {
                problems.at(disruption.field(dateField), text.get() + " is before the scenario starts ("
                        + scenarioStart.get() + ")");
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(day);
        } catch (DateTimeParseException e) {
            problems.at(disruption.field(dateField), "'" + text.get() + "' is not a calendar date");
            return OptionalDouble.empty();
        }
    }

    private static TreePath startField(Item disruption) {
        return disruption.has("startDate") ? disruption.field("startDate") : disruption.field("startDay");
    }

    private static TreePath endField(Item disruption) {
        return disruption.has("endDate") ? disruption.field("endDate") : disruption.field("endDay");
    }

    private void checkReopening(Item disruption, OptionalDouble start, OptionalDouble end) {
        Item reopening = disruption.child("reopening");
        OptionalDouble day = reopening.number("day");
        if (!reopening.isObject() || day.isEmpty()) {
            return;
        }
        if (start.isPresent() && end.isPresent()
                && (day.getAsDouble() < start.getAsDouble() || day.getAsDouble() >= end.getAsDouble())) {
            problems.at(reopening.field("day"), "the partial reopening (day " + ReferenceCheck.fmt(day.getAsDouble())
                    + ") must fall within the closure (days " + ReferenceCheck.fmt(start.getAsDouble()) + " to "
                    + ReferenceCheck.fmt(end.getAsDouble()) + ")");
        }
        disruption.text("chokepoint").map(id -> entries.byId("chokepoints").get(id))
                .filter(chokepoint -> !chokepoint.has("lngTransitsPerDay"))
                .ifPresent(chokepoint -> problems.at(reopening.path(), "a partial reopening needs the chokepoint's "
                        + "normal 'lngTransitsPerDay' (missing at " + chokepoint.path() + ")"));
    }

    private void checkDistribution(Item disruption) {
        Item distribution = disruption.child("extraDays");
        Optional<String> kind = distribution.text("distribution");
        if (kind.isEmpty() || !DISTRIBUTION_PARAMETERS.containsKey(kind.get())) {
            return;
        }
        Set<String> needed = DISTRIBUTION_PARAMETERS.get(kind.get());
        for (String parameter : needed) {
            if (!distribution.has(parameter)) {
                problems.at(distribution.path(), "a " + kind.get() + " distribution needs '" + parameter + "'");
            }
        }
        distribution.node().fieldNames().forEachRemaining(field -> {
            if (!field.equals("distribution") && !needed.contains(field)) {
                problems.at(distribution.field(field), "'" + field + "' does not apply to a " + kind.get()
                        + " distribution (it takes " + String.join(", ", new TreeSet<>(needed)) + ")");
            }
        });
        double min = distribution.number("minDays").orElse(Double.NaN);
        double mode = distribution.number("modeDays").orElse(Double.NaN);
        double max = distribution.number("maxDays").orElse(Double.NaN);
        if (max < min) {
            problems.at(distribution.field("maxDays"), "must not be below minDays");
        }
        if (mode < min || mode > max) {
            problems.at(distribution.field("modeDays"), "must lie between minDays and maxDays");
        }
    }
}
