package org.lngsim.agents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.lngsim.geo.GeoPoint;
import org.lngsim.model.Units;
import org.lngsim.scenario.Plant;

/**
 * A liquefaction plant: berths where ships load in turn, and its availability. An outage leaving
 * r% of capacity lets each contract load r% of its programmed cargoes (the rest are force
 * majeure), evenly spread by an allowance counter, so the loss is proportional and deterministic.
 */
public final class PlantAgent {

    private final WorldContext world;
    private final Plant spec;
    private final GeoPoint location;
    private final ArrayDeque<VesselAgent> waiting = new ArrayDeque<>();
    private final Map<ContractAgent, Double> allowances = new HashMap<>();
    private int busyBerths;
    private double remainingPct = 100.0;
    private boolean retryScheduled;

    PlantAgent(WorldContext world, Plant spec, GeoPoint location) {
        this.world = world;
        this.spec = spec;
        this.location = location;
    }

    public String id() {
        return spec.id();
    }

    GeoPoint location() {
        return location;
    }

    /** Whether the plant is loading at all (not under full force majeure). */
    boolean loadingNow() {
        return remainingPct > 0;
    }

    /** The share of capacity loading now (100 ordinarily, 0 under full force majeure). */
    double remainingPct() {
        return remainingPct;
    }

    void remainingPct(double pct) {
        remainingPct = pct;
    }

    /** Whether the contract's next programmed cargo can load, given the plant's availability. */
    boolean allowsLoading(ContractAgent contract) {
        double allowance = allowances.getOrDefault(contract, 0.0) + remainingPct / 100.0;
        boolean load = allowance >= 1.0 - 1e-9;
        allowances.put(contract, load ? allowance - 1.0 : allowance);
        return load;
    }

    /** A ship with an order arrives to load. */
    void arrive(VesselAgent vessel) {
        waiting.add(vessel);
        tryLoad();
    }

    void tryLoad() {
        double now = world.now();
        double earliestDue = Double.POSITIVE_INFINITY;
        boolean blockedByRoute = false;
        List<VesselAgent> released = new ArrayList<>();
        for (Iterator<VesselAgent> it = waiting.iterator(); it.hasNext() && busyBerths < spec.berths();) {
            VesselAgent vessel = it.next();
            CargoOrder order = vessel.order();
            if (order == null || order.status() == CargoOrder.Status.CANCELLED) {
                it.remove();
                released.add(vessel);
                continue;
            }
            if (order.dueHour() > now + 1e-9) {
                earliestDue = Math.min(earliestDue, order.dueHour());
                continue;
            }
            if (!vessel.canSailLadenTo(order.terminalId())) {
                blockedByRoute = true;
                continue;
            }
            it.remove();
            busyBerths++;
            order.status(CargoOrder.Status.LOADING);
            world.at(now + spec.loadingHours(), Phase.SUPPLY, s -> loaded(vessel));
        }
        // Freed ships may be given new orders at once, possibly here: only after the loop.
        released.forEach(VesselAgent::becomeIdle);
        if (Double.isFinite(earliestDue)) {
            world.at(earliestDue, Phase.SUPPLY, s -> tryLoad());
        }
        if (blockedByRoute && !retryScheduled) {
            retryScheduled = true;
            world.at(now + Units.HOURS_PER_DAY, Phase.SUPPLY, s -> {
                retryScheduled = false;
                tryLoad();
            });
        }
    }

    private void loaded(VesselAgent vessel) {
        busyBerths--;
        vessel.loadAndSail();
        tryLoad();
    }
}
