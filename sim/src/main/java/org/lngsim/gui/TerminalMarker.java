package org.lngsim.gui;

import org.lngsim.agents.LiveView;

/** A terminal on the map, drawn as a gauge of its days of cover; its inspector shows the figures. */
public final class TerminalMarker {

    private final String id;
    private final CoverGauge gauge;
    private LiveView.TerminalState state;

    TerminalMarker(String id, CoverGauge gauge) {
        this.id = id;
        this.gauge = gauge;
    }

    void refresh(LiveView.TerminalState latest) {
        state = latest;
    }

    CoverGauge gauge() {
        return gauge;
    }

    double coverDays() {
        return state == null ? Double.NaN : state.daysOfCover();
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return state == null ? id : state.name();
    }

    public String getCountry() {
        return state == null ? "-" : state.importerId();
    }

    public String getRegion() {
        return state == null ? "-" : state.regionId();
    }

    public double getStockKt() {
        return state == null ? 0 : state.stockT() / 1000.0;
    }

    public double getUsableKt() {
        return state == null ? 0 : state.usableT() / 1000.0;
    }

    public double getCapacityKt() {
        return state == null ? 0 : state.capacityT() / 1000.0;
    }

    public double getDaysOfCover() {
        return coverDays();
    }

    public double getTriggerDays() {
        return gauge.triggerDays();
    }

    public double getFloorDays() {
        return gauge.floorDays();
    }

    public String getCoverBand() {
        return gauge.band(coverDays()).name();
    }

    @Override
    public String toString() {
        return "terminal " + id;
    }
}
