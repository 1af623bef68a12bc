package org.lngsim.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Delivers each event to every subscriber, synchronously and in subscription order, so outputs
 * are deterministic. Owned by the world; one per run.
 */
public final class EventBus {

    private final List<EventListener> listeners = new ArrayList<>();
    private long published;

    public void subscribe(EventListener listener) {
        listeners.add(listener);
    }

    public void publish(SimEvent event) {
        published++;
        for (int i = 0; i < listeners.size(); i++) {
            listeners.get(i).on(event);
        }
    }

    /** Tells every subscriber the run is over. */
    public void finish() {
        for (EventListener listener : listeners) {
            listener.finish();
        }
    }

    public long publishedCount() {
        return published;
    }
}
