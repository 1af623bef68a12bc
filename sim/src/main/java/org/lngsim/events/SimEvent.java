package org.lngsim.events;

/** Something that happened in a run, at a simulated time in hours from the scenario start. */
public interface SimEvent {

    double timeHours();

    /** The kebab-case name used in {@code events.csv}. */
    String type();

    /** Writes this event's fields into a row of {@code events.csv}. */
    void describe(EventRow row);

    /** Observations feed time series and summaries, not {@code events.csv}. */
    default boolean isObservation() {
        return false;
    }
}
