package org.lngsim.report;

import java.util.Locale;
import org.lngsim.charts.DisplayNumbers;
import org.lngsim.charts.Timeline;
import org.lngsim.scenario.Disruption;
import org.lngsim.scenario.Scenario;

/**
 * What a disruption acts on and does, in words, for the report's assumptions: the scenario's own
 * description is often missing, and a line "Disruption x (chokepoint-closure, days 10–70): " with
 * nothing after the colon told the reader neither which strait nor what happened.
 */
final class DisruptionText {

    private DisruptionText() {
    }

    /** "Strait of Hormuz (hormuz)": the thing acted on, by name and id. */
    static String target(Scenario scenario, Disruption d) {
        if (d instanceof Disruption.ChokepointClosure c) {
            return chokepoint(scenario, c.chokepoint());
        } else if (d instanceof Disruption.ChokepointRestriction r) {
            return chokepoint(scenario, r.chokepoint());
        } else if (d instanceof Disruption.PlantOutage p) {
            return "plant " + p.plant();
        } else if (d instanceof Disruption.TerminalOutage t) {
            return "terminal " + t.terminal();
        } else if (d instanceof Disruption.DemandShock s) {
            return s.target() + (s.sector() == null || s.sector().isBlank() ? "" : " (sector " + s.sector() + ")");
        } else if (d instanceof Disruption.VesselDelay v) {
            return v.fleets() == null || v.fleets().isEmpty() ? "every fleet" : "fleets " + String.join(", ", v.fleets());
        }
        return d.id();
    }

    /** A generated description: what the disruption does to its target. */
    static String generated(Scenario scenario, Disruption d) {
        String target = target(scenario, d);
        if (d instanceof Disruption.ChokepointClosure c) {
            return target + " closed to LNG carriers" + (c.reopening() == null ? ""
                    : ", reopening at " + DisplayNumbers.whole(c.reopening().capacityPct()) + "% from "
                            + Timeline.DATE.format(scenario.start().plusDays((long) c.reopening().day())));
        } else if (d instanceof Disruption.ChokepointRestriction r) {
            return target + " restricted to " + DisplayNumbers.one(r.transitsPerDay()) + " transits a day, "
                    + DisplayNumbers.whole(r.extraDelayHours()) + " h extra delay";
        } else if (d instanceof Disruption.PlantOutage p) {
            return target + " at " + DisplayNumbers.whole(p.remainingCapacityPct()) + "% of its capacity";
        } else if (d instanceof Disruption.TerminalOutage t) {
            return target + " at " + DisplayNumbers.whole(t.remainingPct()) + "% of its capacity";
        } else if (d instanceof Disruption.DemandShock s) {
            return "demand of " + target + " × " + String.format(Locale.ROOT, "%.2f", s.factor());
        } else if (d instanceof Disruption.VesselDelay v) {
            return "voyages of " + target + " delayed, each with a " + DisplayNumbers.whole(v.probabilityPct())
                    + "% chance";
        }
        return target;
    }

    /** The scenario's description when it has one, else the generated one. */
    static String describe(Scenario scenario, Disruption d) {
        return d.description() == null || d.description().isBlank() ? generated(scenario, d) : d.description();
    }

    private static String chokepoint(Scenario scenario, String id) {
        String name = scenario.chokepoint(id).map(c -> c.name()).filter(n -> n != null && !n.isBlank()).orElse(id);
        return name.equals(id) ? id : name + " (" + id + ")";
    }
}
