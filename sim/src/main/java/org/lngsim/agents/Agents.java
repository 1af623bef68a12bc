package org.lngsim.agents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lngsim.geo.GeoPoint;
import org.lngsim.geo.Route;
import org.lngsim.model.Clock;
import org.lngsim.model.DeliveryProgramme;
import org.lngsim.model.Units;
import org.lngsim.model.VoyageTiming;
import org.lngsim.scenario.Chokepoint;
import org.lngsim.scenario.Contract;
import org.lngsim.scenario.Fleet;
import org.lngsim.scenario.GasDemand;
import org.lngsim.scenario.GasPool;
import org.lngsim.scenario.Grid;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.Terminal;

/**
 * Builds and holds a run's agents from a scenario, puts the initial cargoes at sea, and starts
 * everyone's schedule. The world owns this registry; agents find each other through the world.
 */
public final class Agents {

    /** Ships of a contract's fleet kept back from the initial voyages, so the first orders find one. */
    private static final double INITIAL_AT_SEA_SHARE = 0.85;

    private final WorldContext world;
    private final Map<String, PlantAgent> plants = new LinkedHashMap<>();
    private final Map<String, TerminalAgent> terminals = new LinkedHashMap<>();
    private final Map<String, RegionAgent> regions = new LinkedHashMap<>();
    private final Map<String, FleetPool> fleets = new LinkedHashMap<>();
    private final Map<String, ChokepointAgent> chokepoints = new LinkedHashMap<>();
    private final Map<String, GasPoolAgent> pools = new LinkedHashMap<>();
    private final List<ContractAgent> contracts = new ArrayList<>();
    private final List<GridAgent> grids = new ArrayList<>();
    private final List<GasDemandAgent> gasDemands = new ArrayList<>();
    private final List<VesselAgent> vessels = new ArrayList<>();
    private final Disruptions disruptions;
    private Set<String> closedNow;

    public Agents(WorldContext world) {
        this.world = world;
        Scenario scenario = world.scenario();
        scenario.plants().forEach(p -> plants.put(p.id(), new PlantAgent(world, p, point(p.location().lat(), p.location().lon()))));
        scenario.regions().forEach(r -> regions.put(r.id(), new RegionAgent(world, r)));
        for (Terminal t : scenario.terminals()) {
            TerminalAgent terminal = new TerminalAgent(world, t, point(t.location().lat(), t.location().lon()));
            terminals.put(t.id(), terminal);
            regions.get(t.region()).add(terminal);
        }
        scenario.fleets().forEach(f -> fleets.put(f.id(), new FleetPool(world, f)));
        for (Chokepoint c : scenario.chokepoints()) {
            double normal = c.lngTransitsPerDay() == null ? Double.POSITIVE_INFINITY : c.lngTransitsPerDay();
            chokepoints.put(c.id(), new ChokepointAgent(world, c.id(), normal, this::gatesChanged));
        }
        for (GasPool pool : scenario.gasPools()) {
            GasPoolAgent agent = new GasPoolAgent(world, pool, regions.get(pool.region()));
            pools.put(pool.id(), agent);
            if (pool.region() != null) {
                regions.get(pool.region()).addConsumer(agent);
            }
        }
        for (Grid grid : scenario.grids()) {
            RegionAgent region = grid.fuel().region() == null ? null : regions.get(grid.fuel().region());
            GasPoolAgent pool = grid.fuel().gasPool() == null ? null : pools.get(grid.fuel().gasPool());
            GridAgent agent = new GridAgent(world, grid, region, pool);
            grids.add(agent);
            if (region != null) {
                region.addConsumer(agent);
            }
        }
        for (GasDemand demand : scenario.gasDemands()) {
            GasDemandAgent agent = new GasDemandAgent(world, demand, regions.get(demand.region()));
            gasDemands.add(agent);
            regions.get(demand.region()).addConsumer(agent);
        }
        this.disruptions = new Disruptions(world, this);
    }

    private static GeoPoint point(double lat, double lon) {
        return new GeoPoint(lat, lon);
    }

    /** Creates ships, puts the cargoes that were at sea at hour 0 on their routes, and starts every agent. */
    public void start() {
        disruptions.wire();
        Scenario scenario = world.scenario();
        Map<String, List<VesselAgent>> spareByFleet = createVessels(scenario);
        for (Contract contract : scenario.contracts()) {
            ContractAgent agent = startContract(contract, spareByFleet.get(contract.fleet()));
            contracts.add(agent);
        }
        placeIdleShips(spareByFleet);
        contracts.forEach(ContractAgent::begin);
        startProtocol(scenario);
        new LeverAgents(world, regionsByImporter()).start(plants);
        pools.values().forEach(GasPoolAgent::begin);
        gasDemands.forEach(GasDemandAgent::begin);
        grids.forEach(GridAgent::begin);
        scheduleDays(0);
    }

    private void startProtocol(Scenario scenario) {
        if (scenario.protocol() == null || !scenario.protocol().enabled()) {
            return;
        }
        new ProtocolCoordinator(world, scenario.protocol(), regionsByImporter(), contracts).begin();
    }

    private Map<String, List<RegionAgent>> regionsByImporter() {
        Map<String, List<RegionAgent>> byImporter = new LinkedHashMap<>();
        regions.values().forEach(r -> byImporter.computeIfAbsent(r.importerId(), k -> new ArrayList<>()).add(r));
        return byImporter;
    }


    public boolean disruptionDeclared() {
        return disruptions.anyActive();
    }

    private Map<String, List<VesselAgent>> createVessels(Scenario scenario) {
        Map<String, List<VesselAgent>> byFleet = new LinkedHashMap<>();
        for (Fleet fleet : scenario.fleets()) {
            List<VesselAgent> list = new ArrayList<>();
            for (int i = 1; i <= fleet.vessels(); i++) {
                VesselAgent vessel = new VesselAgent(world, String.format("%s-%03d", fleet.id(), i), fleet, null, null,
                        disruptions);
                list.add(vessel);
                vessels.add(vessel);
                fleets.get(fleet.id()).add(vessel);
            }
            byFleet.put(fleet.id(), list);
        }
        return byFleet;
    }

    /**
     * The contract's programme with a phase drawn from the seed, and the cargoes it would have at
     * sea at hour 0 (loaded at the programme's rate before the start) placed along their route.
     */
    private ContractAgent startContract(Contract contract, List<VesselAgent> spare) {
        Fleet fleet = fleets.get(contract.fleet()).spec();
        PlantAgent plant = plants.get(contract.seller());
        double cargoT = Units.m3ToT(fleet.vesselCapacityM3()) * VesselAgent.FILL_SHARE;
        double phase = world.stream("programme/" + contract.id()).nextDouble();
        DeliveryProgramme programme = new DeliveryProgramme(contract.annualMt(), cargoT, contract.seasonalProfile(),
                phase, world.scenario().start());
        String importer = terminals.get(contract.terminals().get(0)).spec().importer();
        TerminalAgent firstTerminal = terminals.get(contract.terminals().get(0));
        Route home = world.router().route(firstTerminal.location(), plant.location(), Set.of());
        double leadHours = (home.reachable() ? VoyageTiming.sailingHours(home.distanceNm(), fleet.speedKn()) : 0) + Units.HOURS_PER_DAY;
        ContractAgent agent = new ContractAgent(world, contract, programme, plant, leadHours, importer, 0);
        double voyageHours = voyageHours(plant, firstTerminal, fleet);
        // Cargo k loads at (k + phase) spacings; those with k < 0 loaded before hour 0 and are
        // still at sea if they left less than a voyage ago.
        for (int k = -1; -(k + phase) * programme.meanSpacingHours() < voyageHours; k--) {
            if (spare.size() <= Math.floor((1 - INITIAL_AT_SEA_SHARE) * fleet.vessels())) {
                break;
            }
            double loadedHour = (k + phase) * programme.meanSpacingHours();
            String terminalId = agent.chooseTerminal();
            Route route = world.router().route(plant.location(), terminals.get(terminalId).location(), Set.of());
            double sailedNm = -loadedHour * fleet.speedKn();
            if (!route.reachable() || sailedNm >= route.distanceNm()) {
                continue;
            }
            double massT = cargoT - VoyageTiming.boilOffT(cargoT, fleet.boilOffPctPerDay(), -loadedHour);
            CargoOrder order = new CargoOrder(agent, k, loadedHour, terminalId);
            spare.remove(spare.size() - 1).startAtSea(order, route, sailedNm, massT, loadedHour);
        }
        return agent;
    }

    private double voyageHours(PlantAgent plant, TerminalAgent terminal, Fleet fleet) {
        Route route = world.router().route(plant.location(), terminal.location(), Set.of());
        return route.reachable() ? VoyageTiming.sailingHours(route.distanceNm(), fleet.speedKn()) : 0.0;
    }

    /** Ships not at sea wait at the plants of their fleet's contracts, spread by contract volume. */
    private void placeIdleShips(Map<String, List<VesselAgent>> spareByFleet) {
        for (Map.Entry<String, List<VesselAgent>> entry : spareByFleet.entrySet()) {
            List<ContractAgent> served = contracts.stream().filter(c -> c.contract().fleet().equals(entry.getKey())).toList();
            if (served.isEmpty()) {
                served = contracts.subList(0, 1);
            }
            double total = served.stream().mapToDouble(c -> c.contract().annualMt()).sum();
            double[] credit = new double[served.size()];
            for (VesselAgent vessel : entry.getValue()) {
                int best = 0;
                for (int i = 0; i < served.size(); i++) {
                    credit[i] += served.get(i).contract().annualMt() / total;
                    if (credit[i] > credit[best]) {
                        best = i;
                    }
                }
                credit[best] -= 1.0;
                PlantAgent plant = served.get(best).plant();
                vessel.placeIdle(plant.id(), plant.location());
            }
        }
    }

    /** The daily round: end-of-day records of the day before, chokepoints' new day. */
    private void scheduleDays(int day) {
        world.at(Units.daysToHours(day), Phase.RECORD, s -> {
            if (day > 0) {
                endOfDay(day - 1);
            }
            chokepoints.values().forEach(ChokepointAgent::newDay);
            scheduleDays(day + 1);
        });
    }

    private void endOfDay(int day) {
        regions.values().forEach(r -> r.endOfDay(day));
    }

    /** At the horizon: the last day's records, cargoes still aboard, shortfalls still running. */
    public void finish(double endHour) {
        endOfDay(Clock.day(endHour - 1e-9));
        vessels.forEach(v -> v.reportAtEnd(endHour));
        grids.forEach(g -> g.close(endHour));
        gasDemands.forEach(g -> g.close(endHour));
        pools.values().forEach(p -> p.close(endHour));
    }

    PlantAgent plant(String id) {
        return plants.get(id);
    }

    public TerminalAgent terminal(String id) {
        return terminals.get(id);
    }

    public Collection<TerminalAgent> terminals() {
        return terminals.values();
    }

    public RegionAgent region(String id) {
        return regions.get(id);
    }

    public ChokepointAgent chokepoint(String id) {
        return chokepoints.get(id);
    }

    public FleetPool fleet(String id) {
        return fleets.get(id);
    }

    public GasPoolAgent gasPool(String id) {
        return pools.get(id);
    }

    public Collection<VesselAgent> vessels() {
        return vessels;
    }

    /** Chokepoints closed now (cached: routes are looked up far more often than gates change). */
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

    public double demandFactor(String target, String sector, double hour) {
        return disruptions.demandFactor(target, sector, hour);
    }

    Map<String, RegionAgent> regions() {
        return regions;
    }
}
