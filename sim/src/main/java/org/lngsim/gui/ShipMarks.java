package org.lngsim.gui;

import java.util.HashSet;
import java.util.Set;
import org.lngsim.events.CargoLoaded;
import org.lngsim.events.CargoRedirected;
import org.lngsim.events.CargoUnloaded;
import org.lngsim.events.ChokepointPassed;
import org.lngsim.events.EventListener;
import org.lngsim.events.SimEvent;
import org.lngsim.events.VesselHeld;
import org.lngsim.events.VesselRerouted;

/**
 * Which ships are held, redirected or rerouted now, told by the events (the model's own account,
 * so the map needs no access to the ships' state): held from {@code vessel-held} until the ship
 * passes or turns away; rerouted and redirected until the cargo is discharged. Written and read on
 * the simulation's thread only.
 */
final class ShipMarks implements EventListener {

    private final Set<String> held = new HashSet<>();
    private final Set<String> rerouted = new HashSet<>();
    private final Set<String> redirected = new HashSet<>();

    @Override
    public void on(SimEvent event) {
        if (event instanceof VesselHeld e) {
            held.add(e.vesselId());
        } else if (event instanceof ChokepointPassed e) {
            held.remove(e.vesselId());
        } else if (event instanceof VesselRerouted e) {
            held.remove(e.vesselId());
            rerouted.add(e.vesselId());
        } else if (event instanceof CargoRedirected e) {
            redirected.add(e.vesselId());
        } else if (event instanceof CargoUnloaded e) {
            clear(e.vesselId());
        } else if (event instanceof CargoLoaded e) {
            clear(e.vesselId());
        }
    }

    private void clear(String vesselId) {
        held.remove(vesselId);
        rerouted.remove(vesselId);
        redirected.remove(vesselId);
    }

    /** The most urgent mark of a ship. */
    ShipMark of(String vesselId) {
        if (held.contains(vesselId)) {
            return ShipMark.HELD;
        }
        if (redirected.contains(vesselId)) {
            return ShipMark.REDIRECTED;
        }
        return rerouted.contains(vesselId) ? ShipMark.REROUTED : ShipMark.NONE;
    }
}
