package org.lngsim.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A scenario event with a start and an end, each a day offset ({@code startDay}) or a calendar
 * date ({@code startDate}); the validator ensures exactly one of each is given.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", visible = false)
@JsonSubTypes({
    @JsonSubTypes.Type(value = Disruption.ChokepointClosure.class, name = "chokepoint-closure"),
    @JsonSubTypes.Type(value = Disruption.ChokepointRestriction.class, name = "chokepoint-restriction"),
    @JsonSubTypes.Type(value = Disruption.PlantOutage.class, name = "plant-outage"),
    @JsonSubTypes.Type(value = Disruption.TerminalOutage.class, name = "terminal-outage"),
    @JsonSubTypes.Type(value = Disruption.DemandShock.class, name = "demand-shock"),
    @JsonSubTypes.Type(value = Disruption.VesselDelay.class, name = "vessel-delay")
})
public sealed interface Disruption {

    String id();

    String description();

    Double startDay();

    Double endDay();

    String startDate();

    String endDate();

    /** The type name used in scenario files. */
    String typeName();

    /** Start and end as day offsets from the scenario's start date. */
    default DayWindow window(LocalDate scenarioStart) {
        return new DayWindow(day(startDay(), startDate(), scenarioStart), day(endDay(), endDate(), scenarioStart));
    }

    private static double day(Double offset, String date, LocalDate scenarioStart) {
        return offset != null ? offset : ChronoUnit.DAYS.between(scenarioStart, LocalDate.parse(date));
    }

    /**
     * The chokepoint shuts; optionally it reopens partially and ramps back before the end. Ships
     * and operators that decide ({@code shipping.closureResponse: decide}) act on a believed end
     * ({@code believedEndDay} or {@code believedEndDate}; by default the real one, or the partial
     * reopening when there is one), revised from given dates by {@code beliefRevisions}.
     */
    record ChokepointClosure(String id, String description, Double startDay, Double endDay, String startDate,
            String endDate, String chokepoint, Reopening reopening, Double believedEndDay, String believedEndDate,
            List<BeliefRevision> beliefRevisions) implements Disruption {

        public ChokepointClosure {
            beliefRevisions = beliefRevisions == null ? List.of() : List.copyOf(beliefRevisions);
        }

        @Override
        public String typeName() {
            return "chokepoint-closure";
        }

        /**
         * The first believed end as a day offset: the given one, else the partial reopening (when
         * transits resume), else the real end.
         */
        public double believedEnd(LocalDate scenarioStart) {
            if (believedEndDay != null || believedEndDate != null) {
                return day(believedEndDay, believedEndDate, scenarioStart);
            }
            return reopening != null ? reopening.day() : window(scenarioStart).endDay();
        }
    }

    /** From {@code fromDay}/{@code fromDate} on, the closure is believed to end at the given day or date. */
    record BeliefRevision(Double fromDay, String fromDate, Double believedEndDay, String believedEndDate) {

        public double from(LocalDate scenarioStart) {
            return day(fromDay, fromDate, scenarioStart);
        }

        public double believedEnd(LocalDate scenarioStart) {
            return day(believedEndDay, believedEndDate, scenarioStart);
        }
    }

    /** Partial reopening of a closed chokepoint: from {@code day}, at a share of normal transits. */
    record Reopening(double day, double capacityPct, double rampDays) {
    }

    /** Fewer transits a day and an extra delay; ships queue at the entrance. */
    record ChokepointRestriction(String id, String description, Double startDay, Double endDay, String startDate,
            String endDate, String chokepoint, double transitsPerDay, double extraDelayHours) implements Disruption {
        @Override
        public String typeName() {
            return "chokepoint-restriction";
        }
    }

    /** A plant loses capacity; 0% remaining is force majeure. */
    record PlantOutage(String id, String description, Double startDay, Double endDay, String startDate,
            String endDate, String plant, double remainingCapacityPct) implements Disruption {
        @Override
        public String typeName() {
            return "plant-outage";
        }
    }

    /** A terminal loses berthing and send-out capacity (all of it by default). */
    record TerminalOutage(String id, String description, Double startDay, Double endDay, String startDate,
            String endDate, String terminal, Double remainingCapacityPct) implements Disruption {
        @Override
        public String typeName() {
            return "terminal-outage";
        }

        public double remainingPct() {
            return remainingCapacityPct == null ? 0.0 : remainingCapacityPct;
        }
    }

    /** Demand of a grid, a gas demand, or a gas pool (or one of its sectors) scaled by a factor. */
    record DemandShock(String id, String description, Double startDay, Double endDay, String startDate,
            String endDate, String target, String sector, double factor) implements Disruption {
        @Override
        public String typeName() {
            return "demand-shock";
        }
    }

    /** Voyages starting in the window are delayed by a random number of days with some chance. */
    record VesselDelay(String id, String description, Double startDay, Double endDay, String startDate,
            String endDate, List<String> fleets, double probabilityPct, DelayDistribution extraDays)
            implements Disruption {
        public VesselDelay {
            fleets = fleets == null ? null : List.copyOf(fleets);
        }

        @Override
        public String typeName() {
            return "vessel-delay";
        }
    }

    /** The distribution of extra days; which parameters apply depends on its kind. */
    record DelayDistribution(String distribution, Double minDays, Double modeDays, Double maxDays, Double meanDays,
            Double medianDays, Double sigma) {
    }
}
