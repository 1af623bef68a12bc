package org.lngsim.agents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lngsim.events.ProgrammeStarted;
import org.lngsim.geo.GeoPoint;
import org.lngsim.geo.Route;
import org.lngsim.model.DeliveryProgramme;
import org.lngsim.model.Units;
import org.lngsim.model.VoyageTiming;
import org.lngsim.scenario.Chokepoint;
import org.lngsim.scenario.Contract;
import org.lngsim.scenario.Fleet;
import org.lngsim.scenario.GasDemand;
import org.lngsim.scenario.GasPool;
import org.lngsim.scenario.Grid;
import org.lngsim.scenario.ProfileBasis;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.Terminal;

/**
 * Builds a run's agents from its scenario into the world's registry, puts the cargoes that were
 * at sea at hour 0 on their routes, and starts every agent's schedule and the daily round. The
 * order of creation, of random draws and of scheduling is part of the output (steps of one
 * instant and phase run in the order they were scheduled: world.StepOrder), so it is kept exactly.
 */
final class WorldBuilder {

    /** Ships of a contract's fleet kept back from the initial voyages, so the first orders find one. */
    private static final double INITIAL_AT_SEA_SHARE = 0.85;

    private final AgentWorld world;
    private final Scenario scenario;

    WorldBuilder(AgentWorld world) {
        this.world = world;
        this.scenario = world.scenario();
    }

    /** Builds and starts everything, in the order the outputs depend on. */
    void build() {
        createPlaces();
        createConsumers();
        Disruptions disruptions = new Disruptions(world);
        world.register(disruptions);
        disruptions.wire();
        Map<String, List<VesselAgent>> spareByFleet = createVessels(disruptions);
        for (Contract contract : scenario.contracts()) {
            world.register(startContract(contract, spareByFleet.get(contract.fleet())));
        }
        placeIdleShips(spareByFleet);
        world.contracts().forEach(ContractAgent::begin);
        startProtocol();
        new LeverAgents(world, regionsByImporter()).start(world.plants());
        if (scenario.marketEnabled()) {
            new MarketAgent(world, world.plants(), regionsByImporter()).start();
        }
        world.gasPools().forEach(GasPoolAgent::begin);
        world.gasDemands().forEach(GasDemandAgent::begin);
        world.grids().forEach(GridAgent::begin);
        world.startDailyRound();
    }

    /** Plants, regions and their terminals, fleets, chokepoints. */
    private void createPlaces() {
        scenario.plants().forEach(p -> world.register(new PlantAgent(world, p, point(p.location().lat(), p.location().lon()))));
        scenario.regions().forEach(r -> world.register(new RegionAgent(world, r)));
        for (Terminal t : scenario.terminals()) {
            TerminalAgent terminal = new TerminalAgent(world, t, point(t.location().lat(), t.location().lon()));
            world.register(terminal);
            world.region(t.region()).add(terminal);
        }
        scenario.fleets().forEach(f -> world.register(new FleetPool(world, f)));
        for (Chokepoint c : scenario.chokepoints()) {
            double normal = c.lngTransitsPerDay() == null ? Double.POSITIVE_INFINITY : c.lngTransitsPerDay();
            world.register(new ChokepointAgent(world, c.id(), normal, world::gatesChanged));
        }
    }

    /** Gas pools, grids and gas demands, each joined to the region it draws on. */
    private void createConsumers() {
        for (GasPool pool : scenario.gasPools()) {
            GasPoolAgent agent = new GasPoolAgent(world, pool, world.region(pool.region()));
            world.register(pool.id(), agent);
            if (pool.region() != null) {
                world.region(pool.region()).addConsumer(agent);
            }
        }
        for (Grid grid : scenario.grids()) {
            RegionAgent region = grid.fuel().region() == null ? null : world.region(grid.fuel().region());
            GasPoolAgent pool = grid.fuel().gasPool() == null ? null : world.gasPool(grid.fuel().gasPool());
            GridAgent agent = new GridAgent(world, grid, region, pool);
            world.register(agent);
            if (region != null) {
                region.addConsumer(agent);
            }
        }
        for (GasDemand demand : scenario.gasDemands()) {
            GasDemandAgent agent = new GasDemandAgent(world, demand, world.region(demand.region()));
            world.register(agent);
            world.region(demand.region()).addConsumer(agent);
        }
    }

    private static GeoPoint point(double lat, double lon) {
        return new GeoPoint(lat, lon);
    }

    private void startProtocol() {
        if (scenario.protocol() == null || !scenario.protocol().enabled()) {
            return;
        }
        ProtocolCoordinator coordinator = new ProtocolCoordinator(world, scenario.protocol(), regionsByImporter(),
                world.contracts(), this::rationing);
        world.register(coordinator);
        coordinator.begin();
    }

    /** Whether any gas pool of the importer is under its allocation order now. */
    private boolean rationing(String importerId) {
        return world.gasPools().stream().anyMatch(p -> p.importerId().equals(importerId) && p.rationing());
    }

    private Map<String, List<RegionAgent>> regionsByImporter() {
        Map<String, List<RegionAgent>> byImporter = new LinkedHashMap<>();
        world.regions().forEach(r -> byImporter.computeIfAbsent(r.importerId(), k -> new ArrayList<>()).add(r));
        return byImporter;
    }

    private Map<String, List<VesselAgent>> createVessels(Disruptions disruptions) {
        Map<String, List<VesselAgent>> byFleet = new LinkedHashMap<>();
        for (Fleet fleet : scenario.fleets()) {
            List<VesselAgent> list = new ArrayList<>();
            for (int i = 1; i <= fleet.vessels(); i++) {
                VesselAgent vessel = new VesselAgent(world, String.format("%s-%03d", fleet.id(), i), fleet, null, null,
                        disruptions);
                list.add(vessel);
                world.register(vessel);
                world.fleet(fleet.id()).add(vessel);
            }
            byFleet.put(fleet.id(), list);
        }
        return byFleet;
    }

    /**
     * The contract's programme with a phase drawn from the seed, and the cargoes it would have at
     * sea at hour 0 placed along their route: with a loading-referenced programme those loaded at
     * the programme's mean rate before the start (keeping back a share of the fleet); with an
     * arrival-referenced one those whose scheduled arrival falls before they could be loaded in the
     * run, i.e. that left within the first nominal voyage, so early arrivals follow the profile.
     */
    private ContractAgent startContract(Contract contract, List<VesselAgent> spare) {
        Fleet fleet = world.fleet(contract.fleet()).spec();
        PlantAgent plant = world.plant(contract.seller());
        double cargoT = Units.m3ToT(fleet.vesselCapacityM3()) * VesselAgent.FILL_SHARE;
        double phase = world.stream("programme/" + contract.id()).nextDouble();
        TerminalAgent firstTerminal = world.terminal(contract.terminals().get(0));
        double voyageHours = voyageHours(plant, firstTerminal, fleet);
        boolean byArrival = scenario.programmes().profileBasis() == ProfileBasis.ARRIVAL;
        DeliveryProgramme programme = byArrival
                ? DeliveryProgramme.byArrival(contract.annualMt(), cargoT, contract.seasonalProfile(), phase,
                        scenario.start(), scenario.plant(contract.seller()).orElseThrow().loadingHours(), voyageHours)
                : new DeliveryProgramme(contract.annualMt(), cargoT, contract.seasonalProfile(), phase, scenario.start());
        String importer = firstTerminal.spec().importer();
        Route home = world.router().route(firstTerminal.location(), plant.location(), Set.of());
        double leadHours = (home.reachable() ? VoyageTiming.sailingHours(home.distanceNm(), fleet.speedKn()) : 0) + Units.HOURS_PER_DAY;
        ContractAgent agent = new ContractAgent(world, contract, programme, plant, leadHours, importer, 0);
        if (byArrival) {
            placeScheduledAtSea(agent, programme, plant, fleet, spare);
            return agent;
        }
        // Cargo k loads at (k + phase) spacings; those with k < 0 loaded before hour 0 and are
        // still at sea if they left less than a voyage ago.
        for (int k = -1; -(k + phase) * programme.meanSpacingHours() < voyageHours; k--) {
            if (spare.size() <= Math.floor((1 - INITIAL_AT_SEA_SHARE) * fleet.vessels())) {
                break;
            }
            double loadedHour = (k + phase) * programme.meanSpacingHours();
            String terminalId = agent.chooseTerminal();
            Route route = world.router().route(plant.location(), world.terminal(terminalId).location(), Set.of());
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

    /**
     * Arrival-referenced run start: cargoes 0, 1, ... of the programme that left the plant before
     * hour 0 are at sea, each {@code -departure × speed} along its route; the contract's orders
     * begin with the first cargo that had not left. No share of the fleet is kept back (the ships
     * idle at the plants stand for those in ballast or loading), but a ship is at one place only:
     * when the fleet has none left, the remaining cargoes are ordered at hour 0 like any other and
     * load as ships come free.
     */
    private void placeScheduledAtSea(ContractAgent agent, DeliveryProgramme programme, PlantAgent plant, Fleet fleet,
            List<VesselAgent> spare) {
        long departed = programme.cargoesDepartedBefore(0.0);
        long atSea = 0;
        long k = 0;
        for (; k < departed && !spare.isEmpty(); k++) {
            double departedHour = programme.departureHour(k);
            double loadedHour = programme.loadingHour(k);
            String terminalId = agent.chooseTerminal();
            Route route = world.router().route(plant.location(), world.terminal(terminalId).location(), Set.of());
            double sailedNm = -departedHour * fleet.speedKn();
            if (!route.reachable() || sailedNm >= route.distanceNm()) {
                // No way to this terminal, or already there on its (shorter) route before hour 0.
                continue;
            }
            double massT = programme.cargoT()
                    - VoyageTiming.boilOffT(programme.cargoT(), fleet.boilOffPctPerDay(), -departedHour);
            CargoOrder order = new CargoOrder(agent, k, loadedHour, terminalId);
            spare.remove(spare.size() - 1).startAtSea(order, route, sailedNm, massT, departedHour);
            atSea++;
        }
        agent.startProgrammeAt(k);
        Contract contract = agent.contract();
        world.publish(new ProgrammeStarted(0.0, contract.id(), plant.id(), contract.terminals().get(0),
                agent.importerId(), programme.nominalVoyageHours(), departed, atSea, contract.id() + "-" + k));
    }

    private double voyageHours(PlantAgent plant, TerminalAgent terminal, Fleet fleet) {
        Route route = world.router().route(plant.location(), terminal.location(), Set.of());
        return route.reachable() ? VoyageTiming.sailingHours(route.distanceNm(), fleet.speedKn()) : 0.0;
    }

    /** Ships not at sea wait at the plants of their fleet's contracts, spread by contract volume. */
    private void placeIdleShips(Map<String, List<VesselAgent>> spareByFleet) {
        List<ContractAgent> contracts = world.contracts();
        for (Map.Entry<String, List<VesselAgent>> entry : spareByFleet.entrySet()) {
            if (scenario.marketEnabled() && entry.getKey().equals(scenario.market().fleet())) {
                MarketAgent.placeShips(world, entry.getValue());
                continue;
            }
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
}
