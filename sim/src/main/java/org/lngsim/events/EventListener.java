package org.lngsim.events;

/** A subscriber to the events of a run. */
@FunctionalInterface
public interface EventListener {

    void on(SimEvent event);

    /** Called once after the last event; writers flush and close here. */
    default void finish() {
    }
}
