package org.lngsim.gui;

import java.util.Locale;
import org.lngsim.agents.LiveView;

/**
 * A ship on the map. MASON's inspector shows its {@code getX()} properties; the marker is the one
 * object per ship the display tracks, refreshed from a {@link LiveView.Ship} copy each step (no
 * setters: the inspector cannot change the model).
 */
public final class ShipMarker {

    private final String id;
    private LiveView.Ship ship;
    private ShipMark mark = ShipMark.NONE;

    ShipMarker(String id) {
        this.id = id;
    }

    void refresh(LiveView.Ship latest, ShipMark latestMark) {
        ship = latest;
        mark = latestMark;
    }

    ShipMark mark() {
        return mark;
    }

    /** The importer of the cargo aboard, or null in ballast. */
    String importerId() {
        return ship == null ? null : ship.importerId();
    }

    boolean laden() {
        return ship != null && ship.cargoT() > 0;
    }

    public String getId() {
        return id;
    }

    public String getDestinationTerminal() {
        return ship == null || ship.terminalId() == null ? "(in ballast or idle)" : ship.terminalId();
    }

    public String getDestinationCountry() {
        return importerId() == null ? "-" : importerId();
    }

    public String getContract() {
        return ship == null || ship.contractId() == null ? "-" : ship.contractId();
    }

    public double getCargoKt() {
        return ship == null ? 0 : ship.cargoT() / 1000.0;
    }

    public String getStatus() {
        return switch (mark) {
            case HELD -> "held at a chokepoint";
            case REDIRECTED -> "redirected by the protocol";
            case REROUTED -> "rerouted round a closure";
            case NONE -> laden() ? "laden" : "ballast or idle";
        };
    }

    public String getPosition() {
        return ship == null ? "-" : String.format(Locale.ROOT, "%.2f°N %.2f°E", ship.position().latDeg(),
                ship.position().lonDeg());
    }

    @Override
    public String toString() {
        return "ship " + id;
    }
}
