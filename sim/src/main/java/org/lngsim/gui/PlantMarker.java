package org.lngsim.gui;

import org.lngsim.agents.LiveView;

/** A liquefaction plant on the map; its inspector shows how much of it is loading. */
public final class PlantMarker {

    private final String id;
    private LiveView.PlantState state;

    PlantMarker(String id) {
        this.id = id;
    }

    void refresh(LiveView.PlantState latest) {
        state = latest;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return state == null ? id : state.name();
    }

    public double getLoadingPctOfCapacity() {
        return state == null ? 100 : state.remainingPct();
    }

    @Override
    public String toString() {
        return "plant " + id;
    }
}
