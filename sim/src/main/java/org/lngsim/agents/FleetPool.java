package org.lngsim.agents;

import java.util.ArrayList;
import java.util.List;
import org.lngsim.geo.Route;
import org.lngsim.model.VoyageTiming;
import org.lngsim.scenario.Fleet;

/**
 * A fleet's ships and the cargo orders waiting for one. Each order gets the idle ship that can
 * reach its plant first (ties: the lowest ship number); orders wait, in due order, when no idle
 * ship can reach the plant (all busy, or the way in is closed).
 */
public final class FleetPool {

    private final WorldContext world;
    private final Fleet spec;
    private final List<VesselAgent> vessels = new ArrayList<>();
    private final List<CargoOrder> waiting = new ArrayList<>();

    FleetPool(WorldContext world, Fleet spec) {
        this.world = world;
        this.spec = spec;
    }

    Fleet spec() {
        return spec;
    }

    List<VesselAgent> vessels() {
        return vessels;
    }

    void add(VesselAgent vessel) {
        vessels.add(vessel);
    }

    void request(CargoOrder order) {
        waiting.add(order);
        waiting.sort((a, b) -> Double.compare(a.dueHour(), b.dueHour()));
        match();
    }

    void withdraw(CargoOrder order) {
        waiting.remove(order);
    }

    void vesselFree() {
        match();
    }

    /** Retries waiting orders (e.g. after a chokepoint reopens). */
    void retry() {
        match();
    }

    private void match() {
        for (int i = 0; i < waiting.size();) {
            CargoOrder order = waiting.get(i);
            VesselAgent best = bestVesselFor(order);
            if (best == null) {
                i++;
                continue;
            }
            waiting.remove(i);
            order.status(CargoOrder.Status.ASSIGNED);
            best.dispatch(order);
        }
    }

    /**
     * The hour the idle ship that can reach the plant first would be there; infinite when no idle
     * ship can (all busy, or trapped behind a closure). The market's test for a ship to carry a cargo.
     */
    double earliestIdleArrivalHours(PlantAgent plant) {
        double best = Double.POSITIVE_INFINITY;
        for (VesselAgent vessel : vessels) {
            if (vessel.isIdle()) {
                best = Math.min(best, etaHours(vessel, plant));
            }
        }
        return best;
    }

    /** Ships with no order now. */
    int idleShips() {
        int idle = 0;
        for (VesselAgent vessel : vessels) {
            if (vessel.isIdle()) {
                idle++;
            }
        }
        return idle;
    }

    /**
     * Ships free to be hired: idle, and able to reach at least one of {@code plants} (the plants
     * that offer cargoes today); a ship trapped behind a closure is idle but not free.
     */
    int freeShips(List<PlantAgent> plants) {
        int free = 0;
        for (VesselAgent vessel : vessels) {
            if (vessel.isIdle() && plants.stream().anyMatch(p -> Double.isFinite(etaHours(vessel, p)))) {
                free++;
            }
        }
        return free;
    }

    private VesselAgent bestVesselFor(CargoOrder order) {
        PlantAgent plant = order.contract().plant();
        VesselAgent best = null;
        double bestEta = Double.POSITIVE_INFINITY;
        for (VesselAgent vessel : vessels) {
            if (!vessel.isIdle()) {
                continue;
            }
            double eta = etaHours(vessel, plant);
            if (eta < bestEta) {
                bestEta = eta;
                best = vessel;
            }
        }
        return best;
    }

    private double etaHours(VesselAgent vessel, PlantAgent plant) {
        if (vessel.isAt(plant.id())) {
            return world.now();
        }
        Route route = world.router().route(vessel.position(), plant.location(), world.closedChokepoints());
        return route.reachable() ? world.now() + VoyageTiming.sailingHours(route.distanceNm(), spec.speedKn())
                : Double.POSITIVE_INFINITY;
    }
}
