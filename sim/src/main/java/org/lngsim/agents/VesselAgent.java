package org.lngsim.agents;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lngsim.events.CargoArrived;
import org.lngsim.events.CargoAtSeaAtEnd;
import org.lngsim.events.CargoAtSeaAtStart;
import org.lngsim.events.CargoBerthed;
import org.lngsim.events.CargoLoaded;
import org.lngsim.events.CargoUnloaded;
import org.lngsim.events.ChokepointDecided;
import org.lngsim.events.ChokepointPassed;
import org.lngsim.events.VesselHeld;
import org.lngsim.events.VesselRerouted;
import org.lngsim.events.VoyageDeparted;
import org.lngsim.geo.ChokepointPassage;
import org.lngsim.geo.GeoPoint;
import org.lngsim.geo.Route;
import org.lngsim.model.ChokepointChoice;
import org.lngsim.model.Units;
import org.lngsim.model.VoyageTiming;
import org.lngsim.scenario.ClosureResponse;
import org.lngsim.scenario.Fleet;

/**
 * An LNG carrier: idle → ballast to a plant → loading → laden voyage (through chokepoints, where
 * it may be held) → anchorage → berth and unloading → idle. It schedules only its own next event,
 * so the schedule stays small; a generation counter voids events of a voyage it has abandoned.
 */
public final class VesselAgent {

    /** How far back along its track a ship may go to find an open way round a closure. */
    private static final double[] TURN_BACK_NM = {0, 60, 150, 400};

    /** Share of tank volume loaded (the rest is left for expansion). */
    static final double FILL_SHARE = 0.98;

    enum State { IDLE, BALLAST, AT_PLANT, LADEN, HELD, AT_TERMINAL, UNLOADING }

    private final WorldContext world;
    private final String id;
    private final Fleet fleet;
    private final VesselDelays delays;
    private State state = State.IDLE;
    private String placeId;
    private GeoPoint position;
    private CargoOrder order;
    private Cargo cargo;
    private Leg leg;
    private long generation;
    private double arrivedAtTerminalHour;

    /** The voyage being sailed: a route from an offset, started at an hour. */
    private record Leg(Route route, String destinationId, GeoPoint destination, boolean laden, double startHour,
            double startNm, int nextPassage) {
    }

    VesselAgent(WorldContext world, String id, Fleet fleet, String placeId, GeoPoint position, VesselDelays delays) {
        this.world = world;
        this.id = id;
        this.fleet = fleet;
        this.placeId = placeId;
        this.position = position;
        this.delays = delays;
    }

    public String id() {
        return id;
    }

    Fleet fleet() {
        return fleet;
    }

    boolean isIdle() {
        return state == State.IDLE;
    }

    boolean isAt(String place) {
        return place.equals(placeId) && (state == State.IDLE || state == State.AT_PLANT);
    }

    CargoOrder order() {
        return order;
    }

    double cargoMassT() {
        return cargo == null ? 0 : cargo.massT();
    }

    double loadableT() {
        return Units.m3ToT(fleet.vesselCapacityM3()) * FILL_SHARE;
    }

    /** Where the ship is now (on its lane when sailing). */
    GeoPoint position() {
        if (leg == null) {
            return position;
        }
        return leg.route().positionAt(currentOffsetNm());
    }

    private double currentOffsetNm() {
        if (state == State.HELD) {
            return leg.startNm();
        }
        double sailed = Math.max(0.0, world.now() - leg.startHour()) * fleet.speedKn();
        return Math.min(leg.route().distanceNm(), leg.startNm() + sailed);
    }

    /** Puts an unused ship at a place, idle (the start of a run). */
    void placeIdle(String place, GeoPoint at) {
        placeId = place;
        position = at;
        state = State.IDLE;
    }

    // --- the programme side: dispatch, loading ----------------------------------------------

    /** The fleet gives this idle ship an order: sail in ballast to the plant (or wait there). */
    void dispatch(CargoOrder assigned) {
        order = assigned;
        PlantAgent plant = assigned.contract().plant();
        if (plant.id().equals(placeId)) {
            state = State.AT_PLANT;
            plant.arrive(this);
            return;
        }
        sail(plant.id(), plant.location(), false);
    }

    boolean canSailLadenTo(String terminalId) {
        Route route = world.router().route(position, world.terminal(terminalId).location(), world.closedChokepoints());
        return route.reachable();
    }

    /** Loading finished: the cargo is aboard; sail for its terminal. */
    void loadAndSail() {
        double now = world.now();
        ContractAgent contract = order.contract();
        order.status(CargoOrder.Status.LOADED);
        cargo = new Cargo(order.cargoId(), order, loadableT(), now, fleet.boilOffPctPerDay());
        world.publish(new CargoLoaded(now, cargo.id(), contract.id(), id, contract.plant().id(), order.terminalId(),
                contract.importerId(), cargo.massT()));
        TerminalAgent terminal = world.terminal(order.terminalId());
        double delayHours = delays.delayHours(fleet.id(), now);
        if (delayHours > 0) {
            world.publish(new VesselHeld(now, id, cargo.id(), null, String.format(Locale.ROOT,
                    "delayed %.1f days before sailing", Units.hoursToDays(delayHours))));
            state = State.LADEN;
            long expected = ++generation;
            world.at(now + delayHours, Phase.SHIPPING, s -> {
                if (generation == expected) {
                    sail(terminal.id(), terminal.location(), true);
                }
            });
            return;
        }
        sail(terminal.id(), terminal.location(), true);
    }

    /** A cargo already at sea when the run starts, {@code offsetNm} along its route. */
    void startAtSea(CargoOrder initialOrder, Route route, double offsetNm, double massAtStartT, double loadedHour) {
        order = initialOrder;
        initialOrder.status(CargoOrder.Status.LOADED);
        TerminalAgent terminal = world.terminal(initialOrder.terminalId());
        cargo = new Cargo(initialOrder.cargoId(), initialOrder, massAtStartT, loadedHour, fleet.boilOffPctPerDay());
        cargo.departed(loadedHour);
        ContractAgent contract = initialOrder.contract();
        world.publish(new CargoAtSeaAtStart(0.0, cargo.id(), contract.id(), id, contract.plant().id(),
                terminal.id(), contract.importerId(), massAtStartT, route.path()));
        state = State.LADEN;
        placeId = null;
        int next = 0;
        while (next < route.chokepoints().size() && route.chokepoints().get(next).distanceFromOriginNm() <= offsetNm) {
            next++;
        }
        leg = new Leg(route, terminal.id(), terminal.location(), true, 0.0, offsetNm, next);
        generation++;
        scheduleNextStop();
    }

    // --- sailing -----------------------------------------------------------------------------

    private void sail(String destinationId, GeoPoint destination, boolean laden) {
        double now = world.now();
        String from = placeId;
        Set<String> closed = world.closedChokepoints();
        Route route = world.router().route(position, destination, closed);
        if (!route.reachable()) {
            // No way round: take the usual way and wait at the closed chokepoint.
            route = world.router().route(position, destination, Set.of());
        }
        if (deciding()) {
            route = chooseAtDeparture(route, destination, closed);
        }
        state = laden ? State.LADEN : State.BALLAST;
        placeId = null;
        if (laden) {
            cargo.departed(now);
        }
        leg = new Leg(route, destinationId, destination, laden, now, 0.0, 0);
        generation++;
        world.publish(new VoyageDeparted(now, id, laden ? cargo.id() : null, from, destinationId,
                laden, route.distanceNm(), now + VoyageTiming.sailingHours(route.distanceNm(), fleet.speedKn()),
                String.join(";", route.chokepointIds()), route.path()));
        scheduleNextStop();
    }

    private boolean deciding() {
        return world.scenario().shipping().closureResponse() == ClosureResponse.DECIDE;
    }

    /**
     * A ship that decides plans its voyage as operators do: through a closed chokepoint after all
     * when it is believed to reopen before the way round would bring the ship there, and round a
     * restricted one when its queue is expected to cost more than the way round.
     */
    private Route chooseAtDeparture(Route planned, GeoPoint destination, Set<String> closed) {
        double now = world.now();
        Route route = planned;
        if (!closed.isEmpty()) {
            Route usual = world.router().route(position, destination, Set.of());
            ChokepointPassage shut = firstOf(usual, closed);
            if (usual.reachable() && shut != null) {
                boolean wayRound = firstOf(planned, closed) == null;
                double arrival = now + shut.distanceFromOriginNm() / fleet.speedKn();
                ChokepointAgent chokepoint = world.chokepoint(shut.id());
                double believedEnd = chokepoint.believedEndHour();
                ChokepointChoice.Decision decision = ChokepointChoice.decide(
                        ChokepointChoice.believedRemainingHours(arrival, believedEnd),
                        wayRound ? (planned.distanceNm() - usual.distanceNm()) / fleet.speedKn() : Double.POSITIVE_INFINITY);
                publishDecision(shut.id(), decision, closedSituation(believedEnd) + "; at departure");
                route = decision.rerouted() ? planned : usual;
            }
        }
        for (ChokepointPassage passage : route.chokepoints()) {
            ChokepointAgent chokepoint = world.chokepoint(passage.id());
            if (!chokepoint.isLimited()) {
                continue;
            }
            Set<String> avoid = new HashSet<>(closed);
            avoid.add(passage.id());
            Route round = world.router().route(position, destination, avoid);
            ChokepointChoice.Decision decision = ChokepointChoice.decide(chokepoint.expectedQueueDelayHours(this),
                    round.reachable() ? (round.distanceNm() - route.distanceNm()) / fleet.speedKn() : Double.POSITIVE_INFINITY);
            publishDecision(passage.id(), decision, queueSituation(chokepoint) + "; at departure");
            return decision.rerouted() ? round : route;
        }
        return route;
    }

    private static ChokepointPassage firstOf(Route route, Set<String> ids) {
        for (ChokepointPassage passage : route.chokepoints()) {
            if (ids.contains(passage.id())) {
                return passage;
            }
        }
        return null;
    }

    private String closedSituation(double believedEndHour) {
        return String.format(Locale.ROOT, "closed, believed to reopen on day %.1f", Units.hoursToDays(believedEndHour));
    }

    private static String queueSituation(ChokepointAgent chokepoint) {
        return String.format(Locale.ROOT, "restricted to %s transits a day, %d queued",
                org.lngsim.events.Numbers.format(chokepoint.transitsPerDay()), chokepoint.queueLength());
    }

    private void publishDecision(String chokepointId, ChokepointChoice.Decision decision, String situation) {
        world.publish(new ChokepointDecided(world.now(), id, cargoIdOrNull(), chokepointId, decision.rerouted(),
                decision.expectedDelayHours(), decision.extraSailingHours(), situation));
    }

    /**
     * A ship that decides and has {@code chokepointId} ahead (or is held at it) thinks again: at its
     * closure, at a change of belief, or when it finds a queue at the entrance. It reroutes when the
     * way round from here costs less than the delay it now expects; true when it did.
     */
    boolean reconsider(String chokepointId, String why) {
        if (leg == null || !hasAhead(chokepointId)) {
            return false;
        }
        ChokepointAgent chokepoint = world.chokepoint(chokepointId);
        double offset = currentOffsetNm();
        String situation;
        double expected;
        if (chokepoint.isClosed()) {
            double believedEnd = chokepoint.believedEndHour();
            expected = ChokepointChoice.believedRemainingHours(arrivalHourAt(chokepointId, offset), believedEnd);
            situation = closedSituation(believedEnd);
        } else if (chokepoint.isLimited()) {
            expected = chokepoint.expectedQueueDelayHours(this);
            situation = queueSituation(chokepoint);
        } else {
            return false;
        }
        Set<String> avoid = new HashSet<>(world.closedChokepoints());
        avoid.add(chokepointId);
        Reroute plan = planReroute(leg.destination(), avoid);
        double remainingNm = leg.route().distanceNm() - offset;
        double extraHours = plan == null ? Double.POSITIVE_INFINITY
                : (plan.route().distanceNm() + plan.backNm() - remainingNm) / fleet.speedKn();
        ChokepointChoice.Decision decision = ChokepointChoice.decide(expected, extraHours);
        publishDecision(chokepointId, decision, situation + "; " + why);
        if (decision.rerouted()) {
            applyReroute(plan, leg.destinationId(), leg.destination(), "decided round " + chokepointId);
        }
        return decision.rerouted();
    }

    /** When the ship would reach the chokepoint on its current leg (now, if held at it). */
    private double arrivalHourAt(String chokepointId, double offset) {
        if (state == State.HELD) {
            return world.now();
        }
        List<ChokepointPassage> passages = leg.route().chokepoints();
        for (int i = leg.nextPassage(); i < passages.size(); i++) {
            if (passages.get(i).id().equals(chokepointId)) {
                return Math.max(world.now(), leg.startHour())
                        + Math.max(0, passages.get(i).distanceFromOriginNm() - offset) / fleet.speedKn();
            }
        }
        return world.now();
    }

    private void scheduleNextStop() {
        long expected = generation;
        List<ChokepointPassage> passages = leg.route().chokepoints();
        if (leg.nextPassage() < passages.size()) {
            ChokepointPassage passage = passages.get(leg.nextPassage());
            double at = leg.startHour() + Math.max(0, passage.distanceFromOriginNm() - leg.startNm()) / fleet.speedKn();
            world.at(at, Phase.SHIPPING, s -> {
                if (generation == expected) {
                    reachChokepoint(passage);
                }
            });
        } else {
            double at = leg.startHour() + Math.max(0, leg.route().distanceNm() - leg.startNm()) / fleet.speedKn();
            world.at(at, Phase.SHIPPING, s -> {
                if (generation == expected) {
                    arrive();
                }
            });
        }
    }

    private void reachChokepoint(ChokepointPassage passage) {
        Leg current = leg;
        leg = new Leg(current.route(), current.destinationId(), current.destination(), current.laden(), world.now(),
                passage.distanceFromOriginNm(), current.nextPassage());
        // A ship that decides weighs a restriction before it takes a slot: each transit costs the
        // extra delay even when a slot is free.
        if (deciding() && world.chokepoint(passage.id()).isLimited() && reconsider(passage.id(), "at the entrance")) {
            return;
        }
        double delay = world.chokepoint(passage.id()).requestTransit(this);
        if (delay >= 0) {
            pass(passage.id(), delay);
            return;
        }
        state = State.HELD;
        world.publish(new VesselHeld(world.now(), id, cargoIdOrNull(), passage.id(),
                world.chokepoint(passage.id()).isClosed() ? "chokepoint closed" : "waiting for a transit slot"));
        if (world.scenario().shipping().closureResponse() == ClosureResponse.REROUTE
                && world.chokepoint(passage.id()).isClosed()) {
            rerouteAroundClosures("closed ahead: " + passage.id());
        } else if (deciding() && world.chokepoint(passage.id()).isClosed()) {
            reconsider(passage.id(), "at the entrance");
        }
    }

    /** The chokepoint lets the ship through after {@code delayHours}. */
    void pass(String chokepointId, double delayHours) {
        double now = world.now();
        state = leg.laden() ? State.LADEN : State.BALLAST;
        world.publish(new ChokepointPassed(now, id, cargoIdOrNull(), chokepointId));
        if (cargo != null) {
            cargo.passed(chokepointId);
        }
        leg = new Leg(leg.route(), leg.destinationId(), leg.destination(), leg.laden(), now + delayHours, leg.startNm(),
                leg.nextPassage() + 1);
        generation++;
        scheduleNextStop();
    }

    /** True when the leg still has {@code chokepointId} ahead (or the ship is held at it). */
    boolean hasAhead(String chokepointId) {
        if (leg == null || !(state == State.LADEN || state == State.BALLAST || state == State.HELD)) {
            return false;
        }
        List<ChokepointPassage> passages = leg.route().chokepoints();
        for (int i = leg.nextPassage(); i < passages.size(); i++) {
            if (passages.get(i).id().equals(chokepointId)) {
                return true;
            }
        }
        return false;
    }

    /** Tries a route round the closed chokepoints from where the ship is; false when none exists. */
    boolean rerouteAroundClosures(String reason) {
        return rerouteTo(leg.destinationId(), leg.destination(), reason);
    }

    private boolean rerouteTo(String destinationId, GeoPoint destination, String reason) {
        Reroute plan = planReroute(destination, world.closedChokepoints());
        if (plan == null) {
            return false;
        }
        applyReroute(plan, destinationId, destination, reason);
        return true;
    }

    /** A way from where the ship is, after sailing {@code backNm} back along its track. */
    private record Reroute(Route route, double backNm) {
    }

    /** A route avoiding {@code avoid} from where the ship is (or a little way back); null when none. */
    private Reroute planReroute(GeoPoint destination, Set<String> avoid) {
        if (leg == null) {
            return null;
        }
        double offset = currentOffsetNm();
        // From where the ship is; failing that, from a little way back along its track: the lane
        // segment it is on may itself touch the closed area, and a ship can turn round.
        for (double back : TURN_BACK_NM) {
            if (back > offset && back > 0) {
                break;
            }
            GeoPoint from = leg.route().positionAt(offset - back);
            Route route = world.router().routeFrom(from, destination, avoid);
            if (!route.reachable()) {
                route = world.router().routeOnce(from, destination, avoid);
            }
            if (route.reachable()) {
                return new Reroute(route, back);
            }
        }
        return null;
    }

    private void applyReroute(Reroute plan, String destinationId, GeoPoint destination, String reason) {
        Route route = plan.route();
        double backNm = plan.backNm();
        double offset = currentOffsetNm();
        double remainingNm = leg.route().distanceNm() - offset;
        // What was sailed of the old route, up to where the new one begins: for routes.csv.
        List<GeoPoint> sailed = leg.route().pathUntil(offset - backNm);
        if (state == State.HELD) {
            world.chokepoint(leg.route().chokepoints().get(leg.nextPassage()).id()).forget(this);
        }
        if (cargo != null) {
            cargo.boilOffUntil(world.now());
        }
        state = leg.laden() ? State.LADEN : State.BALLAST;
        // Sailing back (if it must) takes time before the new route starts.
        leg = new Leg(route, destinationId, destination, leg.laden(), world.now() + backNm / fleet.speedKn(), 0.0, 0);
        generation++;
        world.publish(new VesselRerouted(world.now(), id, cargoIdOrNull(), destinationId, route.distanceNm() + backNm,
                route.distanceNm() + backNm - remainingNm, backNm > 0 ? reason + " (turning back " + Math.round(backNm)
                        + " nm)" : reason, sailed, route.path()));
        scheduleNextStop();
    }

    /** Sends a laden ship to another terminal (a diversion round an outage, or a protocol redirection). */
    boolean redirect(String terminalId, String reason, boolean byProtocol) {
        if (cargo == null) {
            return false;
        }
        TerminalAgent target = world.terminal(terminalId);
        if (state == State.AT_TERMINAL) {
            world.terminal(cargo.terminalId()).leaveQueue(this);
            position = world.terminal(cargo.terminalId()).location();
            leg = new Leg(world.router().route(position, target.location(), Set.of()), terminalId, target.location(),
                    true, world.now(), 0, 0);
            state = State.LADEN;
        }
        boolean rerouted = rerouteTo(terminalId, target.location(), reason);
        if (rerouted) {
            cargo.redirectTo(terminalId, byProtocol);
        }
        return rerouted;
    }

    private void arrive() {
        double now = world.now();
        position = leg.destination();
        placeId = leg.destinationId();
        boolean laden = leg.laden();
        leg = null;
        if (laden) {
            cargo.boilOffUntil(now);
            state = State.AT_TERMINAL;
            arrivedAtTerminalHour = now;
            world.publish(new CargoArrived(now, id, cargo.id(), placeId, cargo.massT()));
            world.terminal(placeId).arrive(this);
        } else {
            state = State.AT_PLANT;
            order.contract().plant().arrive(this);
        }
    }

    // --- at the terminal -----------------------------------------------------------------------

    /** The terminal gives this ship a berth; unloading takes the terminal's unloading time. */
    void berthed(TerminalAgent terminal) {
        double now = world.now();
        state = State.UNLOADING;
        cargo.boilOffUntil(now);
        world.publish(new CargoBerthed(now, id, cargo.id(), terminal.id(), now - arrivedAtTerminalHour));
        world.at(now + terminal.spec().unloadingHours(), Phase.TERMINAL, s -> unloaded(terminal));
    }

    private void unloaded(TerminalAgent terminal) {
        double now = world.now();
        ContractAgent contract = cargo.order().contract();
        world.publish(new CargoUnloaded(now, id, cargo.id(), contract.id(), contract.plant().id(), terminal.id(),
                terminal.spec().importer(), cargo.massT(), cargo.boilOffT(), cargo.redirected()));
        terminal.unloaded(this, cargo.massT());
        for (GasPoolAgent pool : world.gasPools()) {
            if (pool.regionId().equals(terminal.spec().region())) {
                pool.cargoUnloaded(cargo.id(), contract.id(), terminal.id(), cargo.massT(), cargo.redirected());
            }
        }
        cargo = null;
        order = null;
        becomeIdle();
    }

    void becomeIdle() {
        state = State.IDLE;
        order = null;
        world.fleet(fleet.id()).vesselFree();
    }

    /** At the horizon: a cargo still aboard is in transit. */
    void reportAtEnd(double endHour) {
        if (cargo == null || order == null || order.status() != CargoOrder.Status.LOADED) {
            return;
        }
        if (state != State.AT_TERMINAL || cargo.massT() > 0) {
            cargo.boilOffUntil(endHour);
            world.publish(new CargoAtSeaAtEnd(endHour, id, cargo.id(), cargo.terminalId(),
                    cargo.order().contract().importerId(), cargo.massT(), cargo.boilOffT()));
        }
    }

    /** The cargo being loaded now at the plant for {@code terminalId} (none aboard yet), or 0. */
    double loadingForT(String terminalId) {
        boolean loading = cargo == null && order != null && order.status() == CargoOrder.Status.LOADING
                && order.terminalId().equals(terminalId);
        return loading ? order.contract().cargoT() : 0.0;
    }

    boolean ladenTowards(String terminalId) {
        return cargo != null && cargo.terminalId().equals(terminalId)
                && (state == State.LADEN || state == State.HELD || state == State.AT_TERMINAL);
    }

    /** A cargo still aboard and not yet at berth: it can still be sent elsewhere. */
    boolean redirectable() {
        return cargo != null && (state == State.LADEN || state == State.HELD || state == State.AT_TERMINAL);
    }

    String cargoId() {
        return cargo == null ? null : cargo.id();
    }

    String cargoTerminalId() {
        return cargo == null ? null : cargo.terminalId();
    }

    /**
     * When the cargo will reach its terminal: now if at anchor there, the end of its leg if
     * sailing, never (+infinity) while held at a closed chokepoint.
     */
    double cargoArrivalHour() {
        if (state == State.AT_TERMINAL || state == State.UNLOADING) {
            return world.now();
        }
        if (state == State.HELD && world.chokepoint(leg.route().chokepoints().get(leg.nextPassage()).id()).isClosed()) {
            return Double.POSITIVE_INFINITY;
        }
        if (leg == null) {
            return Double.POSITIVE_INFINITY;
        }
        double start = Math.max(leg.startHour(), world.now());
        return start + (leg.route().distanceNm() - currentOffsetNm()) / fleet.speedKn();
    }

    ContractAgent cargoContract() {
        return cargo == null ? null : cargo.order().contract();
    }

    private String cargoIdOrNull() {
        return cargo == null ? null : cargo.id();
    }

    /** Random extra days before sailing, from the scenario's vessel-delay disruptions. */
    interface VesselDelays {
        double delayHours(String fleetId, double hour);

        static VesselDelays none() {
            return (fleetId, hour) -> 0.0;
        }
    }
}
