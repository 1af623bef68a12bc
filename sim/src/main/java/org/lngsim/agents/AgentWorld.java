package org.lngsim.agents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lngsim.model.Clock;
import org.lngsim.model.Units;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The agents' side of the world (MASON style, the {@link SimState} owns the model's state): the
 * one registry of a run's agents, filled by {@link WorldBuilder} when the run starts, and the end
 * of the run. The run's own machinery — scenario, clock, schedule calls, events, random streams —
 * is the concrete world's ({@code org.lngsim.world.LngWorld}); it lives in another package so the
 * agents need not know it, and the registry lives here so building it needs no public wiring.
 * Lookups answer from the registry itself: nothing is forwarded.
 */
public abstract class AgentWorld extends SimState implements WorldContext {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, PlantAgent> plants = new LinkedHashMap<>();
    private final transient Map<String, TerminalAgent> terminals = new LinkedHashMap<>();
    private final transient Map<String, RegionAgent> regions = new LinkedHashMap<>();
    private final transient Map<String, FleetPool> fleets = new LinkedHashMap<>();
    private final transient Map<String, ChokepointAgent> chokepoints = new LinkedHashMap<>();
    private final transient Map<String, GasPoolAgent> pools = new LinkedHashMap<>();
    private final transient List<ContractAgent> contracts = new ArrayList<>();
    private final transient List<GridAgent> grids = new ArrayList<>();
    private final transient List<GasDemandAgent> gasDemands = new ArrayList<>();
    private final transient List<VesselAgent> vessels = new ArrayList<>();
    private transient Disruptions disruptions;
    private transient ProtocolCoordinator protocol;
    private transient Set<String> closedNow;

    protected AgentWorld(long seed) {
        super(seed);
    }

    /** Builds the agents from the scenario and starts their schedules (a fresh registry each start). */
    @Override
    public void start() {
        super.start();
        clearRegistry();
        new WorldBuilder(this).build();
    }

    /** At the horizon: the last day's records, cargoes still aboard, shortfalls still running. */
    @Override
    public void finish() {
        double endHour = clock().horizonHours();
        endOfDay(Clock.day(endHour - 1e-9));
        vessels.forEach(v -> v.reportAtEnd(endHour));
        grids.forEach(g -> g.close(endHour));
        gasDemands.forEach(g -> g.close(endHour));
        pools.values().forEach(p -> p.close(endHour));
        super.finish();
    }

    private void clearRegistry() {
        plants.clear();
        terminals.clear();
        regions.clear();
        fleets.clear();
        chokepoints.clear();
        pools.clear();
        contracts.clear();
        grids.clear();
        gasDemands.clear();
        vessels.clear();
        disruptions = null;
        protocol = null;
        closedNow = null;
    }

    // --- the daily round -------------------------------------------------------------------------

    /** Starts the daily round (the builder calls it last, so its place in the schedule is fixed). */
    void startDailyRound() {
        at(0.0, Phase.RECORD, new DailyRound(0));
    }

    /**
     * Each midnight, first of the instant: the end-of-day records of the day just ended, then the
     * chokepoints' new day (fresh transit slots, the ramp of a reopening moves on).
     */
    private final class DailyRound implements Steppable {
        private static final long serialVersionUID = 1L;
        private final int day;

        DailyRound(int day) {
            this.day = day;
        }

        @Override
        public void step(SimState state) {
            if (day > 0) {
                endOfDay(day - 1);
            }
            chokepoints.values().forEach(ChokepointAgent::newDay);
            at(Units.daysToHours(day + 1), Phase.RECORD, new DailyRound(day + 1));
        }
    }

    /** End-of-day records: every region reports its terminals and itself. */
    private void endOfDay(int day) {
        regions.values().forEach(r -> r.endOfDay(day));
    }

    // --- registration (by the builder only) ------------------------------------------------------

    void register(PlantAgent plant) {
        plants.put(plant.id(), plant);
    }

    void register(RegionAgent region) {
        regions.put(region.id(), region);
    }

    void register(TerminalAgent terminal) {
        terminals.put(terminal.id(), terminal);
    }

    void register(FleetPool fleet) {
        fleets.put(fleet.spec().id(), fleet);
    }

    void register(ChokepointAgent chokepoint) {
        chokepoints.put(chokepoint.id(), chokepoint);
    }

    void register(String poolId, GasPoolAgent pool) {
        pools.put(poolId, pool);
    }

    void register(GridAgent grid) {
        grids.add(grid);
    }

    void register(GasDemandAgent demand) {
        gasDemands.add(demand);
    }

    void register(ContractAgent contract) {
        contracts.add(contract);
    }

    void register(VesselAgent vessel) {
        vessels.add(vessel);
    }

    void register(Disruptions all) {
        disruptions = all;
    }

    void register(ProtocolCoordinator coordinator) {
        protocol = coordinator;
    }

    /** The protocol's coordinator, or null when the scenario's protocol is off (read by {@link LiveView}). */
    ProtocolCoordinator protocolCoordinator() {
        return protocol;
    }

    // --- what agents ask -------------------------------------------------------------------------

    @Override
    public PlantAgent plant(String id) {
        return plants.get(id);
    }

    /** Every plant, in scenario order, by id. */
    Map<String, PlantAgent> plants() {
        return plants;
    }

    @Override
    public TerminalAgent terminal(String id) {
        return terminals.get(id);
    }

    @Override
    public Collection<TerminalAgent> terminals() {
        return terminals.values();
    }

    @Override
    public RegionAgent region(String id) {
        return regions.get(id);
    }

    /** Every region, in scenario order. */
    Collection<RegionAgent> regions() {
        return regions.values();
    }

    @Override
    public ChokepointAgent chokepoint(String id) {
        return chokepoints.get(id);
    }

    @Override
    public FleetPool fleet(String id) {
        return fleets.get(id);
    }

    @Override
    public GasPoolAgent gasPool(String id) {
        return pools.get(id);
    }

    @Override
    public Collection<GasPoolAgent> gasPools() {
        return pools.values();
    }

    /** Every contract of the scenario, in scenario order (lever contracts are the levers' own). */
    @Override
    public List<ContractAgent> contracts() {
        return contracts;
    }

    List<GridAgent> grids() {
        return grids;
    }

    List<GasDemandAgent> gasDemands() {
        return gasDemands;
    }

    @Override
    public Collection<VesselAgent> vessels() {
        return vessels;
    }

    @Override
    public boolean disruptionDeclared() {
        return disruptions.anyActive();
    }

    @Override
    public double demandFactor(String target, String sector, double hour) {
        return disruptions.demandFactor(target, sector, hour);
    }

    /** Chokepoints closed now (cached: routes are looked up far more often than gates change). */
    @Override
    public Set<String> closedChokepoints() {
        if (closedNow == null) {
            Set<String> closed = new TreeSet<>();
            chokepoints.values().forEach(c -> {
                if (c.isClosed()) {
                    closed.add(c.id());
                }
            });
            closedNow = Set.copyOf(closed);
        }
        return closedNow;
    }

    /** A chokepoint opened or closed. */
    void gatesChanged() {
        closedNow = null;
    }
}
