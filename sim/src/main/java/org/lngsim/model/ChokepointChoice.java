package org.lngsim.model;

import java.util.List;

/**
 * Wait at a disrupted chokepoint or go the long way. A master (and the operator behind the
 * charter) weighs the delay expected at the chokepoint against the extra sailing the way round
 * costs: at a restricted canal the expected delay is the queue ahead at the slots a day plus the
 * extra delay of each transit (US exporters at Panama in 2024: "the waiting time ... is just not
 * worth us using it", Cheniere); at a closed strait it is the time the operator <em>believes</em>
 * is left before it reopens, which may differ from the real end (the Red Sea in 2024: first weeks
 * expected, then diversion for good). Pure: no agents, no clock.
 */
public final class ChokepointChoice {

    private ChokepointChoice() {
    }

    /** What the ship does. */
    public enum Choice { WAIT, REROUTE }

    /**
     * A choice with the two quantities it was made on.
     *
     * @param expectedDelayHours hours the ship expects to lose at the chokepoint
     * @param extraSailingHours hours the way round adds to the voyage; infinite when there is none
     */
    public record Decision(Choice choice, double expectedDelayHours, double extraSailingHours) {

        public boolean rerouted() {
            return choice == Choice.REROUTE;
        }
    }

    /**
     * A belief about a closure's end, held from {@code fromHour} on.
     *
     * @param believedEndHour the hour the closure is believed to end (hours from the scenario start)
     */
    public record Belief(double fromHour, double believedEndHour) {
    }

    /**
     * Reroute only when the way round is strictly shorter than the expected delay: on a tie the
     * ship keeps its planned route (and its place in the programme), and a ship with no way round
     * waits whatever the delay.
     */
    public static Decision decide(double expectedDelayHours, double extraSailingHours) {
        if (!(expectedDelayHours >= 0)) {
            throw new IllegalArgumentException("expected delay must be >= 0 hours: " + expectedDelayHours);
        }
        if (Double.isNaN(extraSailingHours)) {
            throw new IllegalArgumentException("extra sailing hours must be a number");
        }
        Choice choice = Double.isFinite(extraSailingHours) && extraSailingHours < expectedDelayHours
                ? Choice.REROUTE : Choice.WAIT;
        return new Decision(choice, expectedDelayHours, extraSailingHours);
    }

    /**
     * Expected delay at a restricted chokepoint for a ship with {@code shipsAhead} ships queued in
     * front of it: today's remaining whole slots let that many through today; the rest of the line
     * (itself included) goes through at {@code transitsPerDay}; every transit then takes
     * {@code extraDelayHours} longer. The queue is taken as it stands (the ship cannot know who
     * else will join it).
     */
    public static double expectedQueueDelayHours(int shipsAhead, double slotsLeftToday, double transitsPerDay,
            double extraDelayHours) {
        if (shipsAhead < 0 || slotsLeftToday < 0 || extraDelayHours < 0) {
            throw new IllegalArgumentException("queue, slots and delay must be >= 0");
        }
        if (!(transitsPerDay > 0)) {
            throw new IllegalArgumentException("a restricted chokepoint needs transits a day > 0: " + transitsPerDay);
        }
        if (Double.isInfinite(transitsPerDay)) {
            return extraDelayHours;
        }
        double beyondToday = Math.max(0.0, shipsAhead + 1 - Math.floor(slotsLeftToday));
        return Units.daysToHours(beyondToday / transitsPerDay) + extraDelayHours;
    }

    /**
     * The believed end at {@code hour}: the latest revision made by then, else the first belief
     * ({@code initialEndHour}). Revisions are in the order they are made.
     */
    public static double believedEndHour(double hour, double initialEndHour, List<Belief> revisions) {
        double believed = initialEndHour;
        for (Belief revision : revisions) {
            if (revision.fromHour() <= hour) {
                believed = revision.believedEndHour();
            }
        }
        return believed;
    }

    /**
     * Expected delay at a closed chokepoint reached at {@code arrivalHour}: the hours from arrival
     * to the believed end, none once the believed end has passed (the operator then expects it to
     * open any moment, and waits until a revised belief says otherwise).
     */
    public static double believedRemainingHours(double arrivalHour, double believedEndHour) {
        return Math.max(0.0, believedEndHour - arrivalHour);
    }
}
