package org.lngsim.agents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.lngsim.events.CargoCancelled;
import org.lngsim.events.TerminalChosen;
import org.lngsim.geo.Route;
import org.lngsim.model.CoverAtArrival;
import org.lngsim.model.DeliveryProgramme;
import org.lngsim.model.TerminalChoice;
import org.lngsim.model.Units;
import org.lngsim.model.VoyageTiming;
import org.lngsim.protocol.Arrival;
import org.lngsim.scenario.Contract;
import org.lngsim.scenario.TerminalChoiceRule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A contract's delivery programme: orders each cargo from the fleet a ship's ballast voyage ahead
 * of its loading slot, picks a terminal of the group (furthest behind its share, or lowest cover at
 * arrival, by its region's rule), and cancels
 * cargoes that force majeure stops or that no ship could reach a full slot after their time.
 */
public final class ContractAgent implements Steppable {

    private static final long serialVersionUID = 1L;
    /** A cargo not loading this long after its slot (or one spacing, if longer) is given up. */
    private static final double MIN_GRACE_HOURS = Units.daysToHours(10);

    private final transient WorldContext world;
    private final Contract contract;
    private final DeliveryProgramme programme;
    private final PlantAgent plant;
    private final double leadHours;
    private final String importerId;
    private final long[] assigned;
    private final List<CargoOrder> open = new ArrayList<>();
    private long next;
    private double forceMajeureAllowance;

    ContractAgent(WorldContext world, Contract contract, DeliveryProgramme programme, PlantAgent plant,
            double leadHours, String importerId, long firstSequence) {
        this.world = world;
        this.contract = contract;
        this.programme = programme;
        this.plant = plant;
        this.leadHours = leadHours;
        this.importerId = importerId;
        this.assigned = new long[contract.terminals().size()];
        this.next = firstSequence;
    }

    public String id() {
        return contract.id();
    }

    Contract contract() {
        return contract;
    }

    PlantAgent plant() {
        return plant;
    }

    String importerId() {
        return importerId;
    }

    double cargoT() {
        return programme.cargoT();
    }

    /**
     * Makes cargo {@code sequence} the programme's first to be ordered (the earlier ones are at
     * sea at hour 0). Only before {@link #begin()}.
     */
    void startProgrammeAt(long sequence) {
        next = sequence;
    }

    /** Schedules the first order of the programme. */
    void begin() {
        scheduleNext();
    }

    /**
     * Orders one cargo outside the programme (a spot call or a kept buffer cargo): loads at
     * {@code dueHour} for {@code terminalId}, through the fleet like any other.
     */
    void orderNow(double dueHour, String terminalId) {
        CargoOrder order = new CargoOrder(this, next++, dueHour, terminalId);
        open.add(order);
        world.fleet(contract.fleet()).request(order);
    }

    @Override
    public void step(SimState state) {
        double now = world.now();
        cancelOverdue(now);
        if (choiceRule() == TerminalChoiceRule.LOWEST_COVER) {
            // Force majeure is known before a terminal is chosen: a cargo that will not load is
            // not counted against any terminal's share (the original rule, kept below unchanged
            // for comparison, counted it).
            boolean loads = plant.allowsLoading(this);
            String cargoId = contract.id() + "-" + next;
            CargoOrder order = new CargoOrder(this, next, programme.loadingHour(next), chooseTerminal(cargoId, loads));
            next++;
            if (!loads) {
                cancel(order, "force majeure at " + plant.id());
            } else {
                open.add(order);
                world.fleet(contract.fleet()).request(order);
            }
            scheduleNext();
            return;
        }
        CargoOrder order = new CargoOrder(this, next, programme.loadingHour(next), chooseTerminal());
        next++;
        if (!plant.allowsLoading(this)) {
            cancel(order, "force majeure at " + plant.id());
        } else {
            open.add(order);
            world.fleet(contract.fleet()).request(order);
        }
        scheduleNext();
    }

    private void scheduleNext() {
        double due = programme.loadingHour(next);
        if (Double.isFinite(due)) {
            world.at(Math.max(world.now(), due - leadHours), Phase.SUPPLY, this);
        }
    }

    /** The terminal for the next programme cargo (also for the cargoes at sea at the start). */
    String chooseTerminal() {
        return chooseTerminal(null, true);
    }

    /** The group's rule: that of its first terminal's region. */
    private TerminalChoiceRule choiceRule() {
        return world.region(world.terminal(contract.terminals().get(0)).spec().region()).spec().terminalChoice();
    }

    /**
     * @param cargoId the cargo's id for the choice event, or null (the cargoes at sea at the start)
     * @param counts  whether the cargo will be sent, so counts against the chosen terminal's share
     */
    private String chooseTerminal(String cargoId, boolean counts) {
        List<String> group = contract.terminals();
        double[] capacities = new double[group.size()];
        boolean[] usable = new boolean[group.size()];
        for (int i = 0; i < group.size(); i++) {
            TerminalAgent terminal = world.terminal(group.get(i));
            capacities[i] = terminal.spec().regasCapacityMtpa();
            usable[i] = terminal.available() && terminal.hasRoomForPlanning(programme.cargoT());
        }
        if (choiceRule() == TerminalChoiceRule.LOWEST_COVER) {
            String chosen = chooseByCover(group, capacities, usable, cargoId, counts);
            if (chosen != null) {
                return chosen;
            }
            // No usable terminal the cargo fits at arrival: the original cascade below decides.
        }
        int choice = TerminalChoice.choose(capacities, assigned, usable);
        if (choice < 0) {
            for (int i = 0; i < group.size(); i++) {
                usable[i] = world.terminal(group.get(i)).available();
            }
            choice = TerminalChoice.choose(capacities, assigned, usable);
        }
        if (choice < 0) {
            String elsewhere = alternativeOfBuyer(null, cargoT(), contractVesselM3());
            if (elsewhere != null) {
                return elsewhere;
            }
        }
        if (choice < 0) {
            choice = TerminalChoice.choose(capacities, assigned, allTrue(group.size()));
        }
        if (counts) {
            assigned[choice]++;
        }
        return group.get(choice);
    }

    /**
     * The usable terminal of the group with the lowest cover at the cargo's expected arrival
     * (loading slot, then the voyage on today's open routes), among those whose tanks it fits
     * then; {@code null} when there is none.
     */
    private String chooseByCover(List<String> group, double[] capacities, boolean[] usable, String cargoId, boolean counts) {
        double now = world.now();
        double loadingHour = Math.max(now, programme.loadingHour(next));
        double speedKn = world.fleet(contract.fleet()).spec().speedKn();
        double[] cover = new double[group.size()];
        boolean[] fits = new boolean[group.size()];
        for (int i = 0; i < group.size(); i++) {
            TerminalAgent terminal = world.terminal(group.get(i));
            Route route = world.router().route(plant.location(), terminal.location(), world.closedChokepoints());
            if (!usable[i] || !route.reachable()) {
                continue;
            }
            double hoursToArrival = loadingHour - now + VoyageTiming.sailingHours(route.distanceNm(), speedKn);
            RegionAgent region = world.region(terminal.spec().region());
            // Before a day has ended the terminal has no send-out record: its share of the region's use.
            double dailySendOutT = terminal.expectedDailySendOutT(region.expectedDailyUseT() * region.sendOutShare(terminal));
            double usableAtArrivalT = CoverAtArrival.usableAtArrivalT(terminal.usableT(), terminal.inboundT(now + hoursToArrival), dailySendOutT,
                    hoursToArrival);
            cover[i] = CoverAtArrival.coverDays(usableAtArrivalT, terminal.sendOutCapacityTPerHour() * Units.HOURS_PER_DAY);
            fits[i] = CoverAtArrival.fits(terminal.heelT(), usableAtArrivalT, programme.cargoT(), terminal.capacityT());
        }
        int choice = TerminalChoice.lowestCover(cover, fits, capacities, assigned);
        if (choice < 0) {
            return null;
        }
        if (counts) {
            assigned[choice]++;
        }
        if (counts && group.size() > 1) {
            // Only a real choice is reported: a one-terminal group has nothing to choose.
            world.publish(new TerminalChosen(now, cargoId, contract.id(), group.get(choice), cover[choice], countTrue(fits)));
        }
        return group.get(choice);
    }

    private static int countTrue(boolean[] flags) {
        int n = 0;
        for (boolean flag : flags) {
            n += flag ? 1 : 0;
        }
        return n;
    }

    /** Cargoes counted against the group's terminals so far (what the shares are measured on). */
    long assignedCargoes() {
        return Arrays.stream(assigned).sum();
    }

    /** The sequence number the next programme (or lever) cargo will get: programme slots stepped so far. */
    long nextSequence() {
        return next;
    }

    /**
     * Programme cargoes of this contract not yet ordered that would reach {@code terminalId} by
     * {@code untilHour} (loading slot, then the voyage on today's routes); only when the contract
     * delivers to that terminal alone (a group's later cargoes have no terminal yet) and its plant
     * is loading.
     */
    double programmedArrivalsT(String terminalId, double untilHour) {
        List<String> group = contract.terminals();
        if (group.size() != 1 || !group.get(0).equals(terminalId) || !plant.loadingNow()) {
            return 0.0;
        }
        Route route = world.router().route(plant.location(), world.terminal(terminalId).location(), world.closedChokepoints());
        if (!route.reachable()) {
            return 0.0;
        }
        double voyageHours = VoyageTiming.sailingHours(route.distanceNm(), world.fleet(contract.fleet()).spec().speedKn());
        double total = 0;
        for (long k = next; programme.loadingHour(k) + voyageHours <= untilHour; k++) {
            total += programme.cargoT();
        }
        return total;
    }

    /** Cargoes of this contract ordered for {@code terminalId} and not yet loaded. */
    double openOrdersT(String terminalId) {
        double total = 0;
        for (CargoOrder order : open) {
            if (order.isOpen() && order.terminalId().equals(terminalId)) {
                total += programme.cargoT();
            }
        }
        return total;
    }

    /**
     * Another terminal for a cargo whose terminal went down: first one of the contract's group,
     * then any terminal of the same buyer (in an emergency buyers divert within their own
     * terminals), up and able to berth the ship; {@code null} when there is none.
     */
    String alternativeTerminal(String downTerminalId, VesselAgent vessel) {
        String inGroup = alternativeInGroup(downTerminalId, vessel);
        return inGroup != null ? inGroup : alternativeOfBuyer(downTerminalId, vessel);
    }

    private String alternativeOfBuyer(String downTerminalId, VesselAgent vessel) {
        return alternativeOfBuyer(downTerminalId, vessel.cargoMassT(), vessel.fleet().vesselCapacityM3());
    }

    private double contractVesselM3() {
        return world.fleet(contract.fleet()).spec().vesselCapacityM3();
    }

    /** The buyer's up terminal, outside the group, with the most free tank room that fits the ship. */
    private String alternativeOfBuyer(String downTerminalId, double cargoT, double vesselM3) {
        TerminalAgent best = null;
        for (TerminalAgent terminal : world.terminals()) {
            boolean candidate = terminal.spec().importer().equals(importerId) && !terminal.id().equals(downTerminalId)
                    && !contract.terminals().contains(terminal.id()) && terminal.available()
                    && terminal.spec().maxVesselM3() >= vesselM3 && terminal.hasRoomForPlanning(cargoT);
            if (candidate && (best == null || terminal.freeRoomT() > best.freeRoomT())) {
                best = terminal;
            }
        }
        return best == null ? null : best.id();
    }

    private String alternativeInGroup(String downTerminalId, VesselAgent vessel) {
        List<String> group = contract.terminals();
        double[] capacities = new double[group.size()];
        boolean[] usable = new boolean[group.size()];
        for (int i = 0; i < group.size(); i++) {
            TerminalAgent terminal = world.terminal(group.get(i));
            capacities[i] = terminal.spec().regasCapacityMtpa();
            usable[i] = !group.get(i).equals(downTerminalId) && terminal.available()
                    && terminal.spec().maxVesselM3() >= vessel.fleet().vesselCapacityM3();
        }
        int choice = TerminalChoice.choose(capacities, assigned, usable);
        if (choice < 0) {
            return null;
        }
        assigned[choice]++;
        return group.get(choice);
    }

    private static boolean[] allTrue(int n) {
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        return all;
    }

    private void cancelOverdue(double now) {
        double grace = Math.max(MIN_GRACE_HOURS, programme.meanSpacingHours());
        for (Iterator<CargoOrder> it = open.iterator(); it.hasNext();) {
            CargoOrder order = it.next();
            if (!order.isOpen()) {
                it.remove();
            } else if (order.dueHour() + grace < now) {
                it.remove();
                world.fleet(contract.fleet()).withdraw(order);
                cancel(order, order.status() == CargoOrder.Status.PENDING ? "no ship could reach " + plant.id()
                        : "ship could not load at " + plant.id() + " in time");
            }
        }
    }

    /**
     * Cargoes this contract will load within the window and could deliver: open orders and
     * programme slots not yet ordered, arriving a voyage after loading (by today's routes). None
     * while the plant is under force majeure or the way to the terminal is shut.
     */
    List<Arrival> scheduledArrivals(double now, double untilHour) {
        List<Arrival> arrivals = new ArrayList<>();
        TerminalAgent terminal = world.terminal(contract.terminals().get(0));
        Route route = world.router().route(plant.location(), terminal.location(), world.closedChokepoints());
        if (!route.reachable() || !plant.loadingNow()) {
            return arrivals;
        }
        double voyageHours = route.distanceNm() / world.fleet(contract.fleet()).spec().speedKn();
        for (CargoOrder order : open) {
            if (order.isOpen()) {
                addIfWithin(arrivals, order.cargoId(), Math.max(now, order.dueHour()) + voyageHours, untilHour);
            }
        }
        for (long k = next; ; k++) {
            double loading = programme.loadingHour(k);
            if (!(loading + voyageHours <= untilHour)) {
                break;
            }
            addIfWithin(arrivals, contract.id() + "-" + k, loading + voyageHours, untilHour);
        }
        return arrivals;
    }

    private void addIfWithin(List<Arrival> arrivals, String cargoId, double hour, double untilHour) {
        if (hour <= untilHour) {
            arrivals.add(new Arrival(cargoId, hour, programme.cargoT()));
        }
    }

    void cancel(CargoOrder order, String reason) {
        order.status(CargoOrder.Status.CANCELLED);
        world.publish(new CargoCancelled(world.now(), contract.id(), plant.id(), order.terminalId(), importerId,
                programme.cargoT(), reason));
    }
}
