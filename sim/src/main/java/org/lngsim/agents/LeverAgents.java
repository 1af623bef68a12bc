package org.lngsim.agents;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lngsim.events.BufferCargoDecided;
import org.lngsim.events.SpotCargoCalled;
import org.lngsim.geo.Route;
import org.lngsim.model.DaysOfCover;
import org.lngsim.model.DeliveryProgramme;
import org.lngsim.model.Units;
import org.lngsim.model.VoyageTiming;
import org.lngsim.scenario.Contract;
import org.lngsim.scenario.DeliveryTerms;
import org.lngsim.scenario.Levers;
import org.lngsim.scenario.Terminal;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The supply-side levers: spot cargoes a buyer calls when its cover is low, and Japan's strategic
 * buffer cargoes, kept if called by their deadline and sold on otherwise. Both order cargoes
 * through lever contracts (FOB, redirectable) so the cargoes sail, boil off and unload like any.
 */
final class LeverAgents {

    private final WorldContext world;
    private final Map<String, List<RegionAgent>> regionsByImporter;
    private final Map<String, ContractAgent> leverContracts = new LinkedHashMap<>();

    LeverAgents(WorldContext world, Map<String, List<RegionAgent>> regionsByImporter) {
        this.world = world;
        this.regionsByImporter = regionsByImporter;
    }

    void start(Map<String, PlantAgent> plants) {
        Levers levers = world.scenario().levers();
        for (Levers.SpotCargoes spot : levers.spotCargoes()) {
            world.at(0.0, Phase.PROTOCOL, new SpotBuyer(spot, plants));
        }
        if (levers.strategicBuffer() != null) {
            scheduleBuffer(levers.strategicBuffer(), plants.get(levers.strategicBuffer().plant()));
        }
    }

    /** The buyer's current days of cover over all its regions. */
    double coverDays(String buyerId) {
        double usable = 0;
        double use = 0;
        for (RegionAgent region : regionsByImporter.getOrDefault(buyerId, List.of())) {
            usable += region.usableT();
            use += region.expectedDailyUseT();
        }
        return DaysOfCover.of(usable, use);
    }

    /** The buyer's terminal able to take the fleet's ships in its least-covered region. */
    TerminalAgent neediestTerminal(String buyerId, double vesselM3) {
        TerminalAgent best = null;
        double bestCover = Double.POSITIVE_INFINITY;
        for (TerminalAgent terminal : world.terminals()) {
            if (terminal.spec().importer().equals(buyerId) && terminal.available()
                    && terminal.spec().maxVesselM3() >= vesselM3) {
                double cover = world.region(terminal.spec().region()).daysOfCover();
                if (cover < bestCover) {
                    bestCover = cover;
                    best = terminal;
                }
            }
        }
        return best;
    }

    private ContractAgent leverContract(String kind, String buyerId, PlantAgent plant, String fleetId) {
        String id = kind + "-" + buyerId + "-" + plant.id();
        return leverContracts.computeIfAbsent(id, k -> {
            double vesselM3 = world.fleet(fleetId).spec().vesselCapacityM3();
            List<String> terminals = new ArrayList<>();
            for (TerminalAgent terminal : world.terminals()) {
                Terminal spec = terminal.spec();
                if (spec.importer().equals(buyerId) && spec.maxVesselM3() >= vesselM3) {
                    terminals.add(spec.id());
                }
            }
            double cargoT = Units.m3ToT(vesselM3) * VesselAgent.FILL_SHARE;
            Contract contract = new Contract(id, plant.id(), buyerId, terminals, cargoT / Units.T_PER_MT, DeliveryTerms.FOB,
                    true, fleetId, null, "lever: " + kind);
            DeliveryProgramme unused = new DeliveryProgramme(contract.annualMt(), cargoT, null, 0.0,
                    world.scenario().start());
            return new ContractAgent(world, contract, unused, plant, 0.0, buyerId, 0);
        });
    }

    /** Calls a prompt cargo each day the buyer's cover is under the trigger, within the monthly cap. */
    private final class SpotBuyer implements Steppable {
        private static final long serialVersionUID = 1L;
        private final transient Levers.SpotCargoes lever;
        private final transient Map<String, PlantAgent> plants;
        private int month = -1;
        private int calledThisMonth;

        SpotBuyer(Levers.SpotCargoes lever, Map<String, PlantAgent> plants) {
            this.lever = lever;
            this.plants = plants;
        }

        @Override
        public void step(SimState state) {
            double now = world.now();
            int currentMonth = world.clock().month(now) + 12 * (int) (Units.hoursToDays(now) / 366);
            if (currentMonth != month) {
                month = currentMonth;
                calledThisMonth = 0;
            }
            if (calledThisMonth < lever.maxCargoesPerMonth() && coverDays(lever.buyer()) < lever.triggerDaysOfCover()) {
                call(now);
            }
            world.at(now + Units.HOURS_PER_DAY, Phase.PROTOCOL, this);
        }

        private void call(double now) {
            double vesselM3 = world.fleet(lever.fleet()).spec().vesselCapacityM3();
            TerminalAgent terminal = neediestTerminal(lever.buyer(), vesselM3);
            if (terminal == null) {
                return;
            }
            for (String plantId : lever.sources()) {
                PlantAgent plant = plants.get(plantId);
                Route route = world.router().route(plant.location(), terminal.location(), world.closedChokepoints());
                if (plant.loadingNow() && route.reachable()) {
                    double massT = Units.m3ToT(vesselM3) * VesselAgent.FILL_SHARE;
                    double due = now + Units.daysToHours(lever.leadTimeDays());
                    leverContract("spot", lever.buyer(), plant, lever.fleet()).orderNow(due, terminal.id());
                    world.publish(new SpotCargoCalled(now, lever.buyer(), plantId, terminal.id(), massT,
                            massT * Units.MMBTU_PER_T * lever.priceUsdPerMmbtu(), due));
                    calledThisMonth++;
                    return;
                }
            }
        }
    }

    /** Spreads the buffer cargoes over their months each year and decides each at its deadline. */
    private void scheduleBuffer(Levers.StrategicBuffer lever, PlantAgent plant) {
        double vesselM3 = world.fleet(lever.fleet()).spec().vesselCapacityM3();
        TerminalAgent reference = neediestTerminal(lever.buyer(), vesselM3);
        Route route = world.router().route(plant.location(), reference.location(), Set.of());
        double voyageHours = route.reachable() ? VoyageTiming.sailingHours(route.distanceNm(),
                world.fleet(lever.fleet()).spec().speedKn()) : 0.0;
        LocalDate start = world.scenario().start();
        List<Integer> months = lever.months() == null ? List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) : lever.months();
        int years = (int) Math.ceil(world.scenario().horizonDays() / Units.DAYS_PER_YEAR) + 1;
        for (int year = 0; year < years; year++) {
            // arrivals spread evenly over the days of the buffer's months in this calendar year
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate day = LocalDate.of(start.getYear() + year, 1, 1);
                    day.getYear() == start.getYear() + year; day = day.plusDays(1)) {
                if (months.contains(day.getMonthValue())) {
                    days.add(day);
                }
            }
            for (int i = 0; i < lever.cargoesPerYear(); i++) {
                LocalDate arrival = days.get((int) ((i + 0.5) * days.size() / lever.cargoesPerYear()));
                double arrivalHour = Units.daysToHours(ChronoUnit.DAYS.between(start, arrival));
                double loadingHour = arrivalHour - voyageHours;
                double decisionHour = arrivalHour - Units.daysToHours(lever.callDaysBeforeArrival());
                if (decisionHour >= 0 && loadingHour >= 0) {
                    world.at(Math.min(decisionHour, loadingHour), Phase.PROTOCOL,
                            s -> decideBuffer(lever, plant, loadingHour));
                }
            }
        }
    }

    private void decideBuffer(Levers.StrategicBuffer lever, PlantAgent plant, double loadingHour) {
        double now = world.now();
        double vesselM3 = world.fleet(lever.fleet()).spec().vesselCapacityM3();
        double cover = coverDays(lever.buyer());
        boolean keep = cover < lever.triggerDaysOfCover();
        double massT = Units.m3ToT(vesselM3) * VesselAgent.FILL_SHARE;
        world.publish(new BufferCargoDecided(now, lever.buyer(), plant.id(), keep, massT, cover));
        if (keep) {
            TerminalAgent terminal = neediestTerminal(lever.buyer(), vesselM3);
            leverContract("buffer", lever.buyer(), plant, lever.fleet()).orderNow(Math.max(now, loadingHour),
                    terminal.id());
        }
    }
}
