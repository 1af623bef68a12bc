package org.lngsim.agents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lngsim.events.TerminalDay;
import org.lngsim.geo.GeoPoint;
import org.lngsim.model.Units;
import org.lngsim.scenario.Terminal;

/**
 * A regasification terminal: ships queue at anchor for a berth and for room in the tanks; stock
 * rises when a cargo is discharged and falls as the region sends gas out, never below the heel.
 * An outage takes berths and send-out away (and diverts ships bound here within their contract's
 * terminal group where another terminal can take them).
 */
public final class TerminalAgent {

    private static final double RETRY_HOURS = 6.0;
    /** Schedulers avoid planning a cargo into tanks fuller than this (estimate, not a published rule). */
    private static final double PLANNING_FILL_SHARE = 0.85;
    /** Days of send-out remembered to expect the coming days' (a week, as the region's use). */
    private static final int SEND_OUT_MEMORY_DAYS = 7;

    private final WorldContext world;
    private final Terminal spec;
    private final GeoPoint location;
    private final double capacityT;
    private final double heelT;
    private final double sendOutTPerHour;
    private final ArrayDeque<VesselAgent> queue = new ArrayDeque<>();
    private double stockT;
    private double reservedT;
    private final Map<VesselAgent, Double> reservations = new HashMap<>();
    private int busyBerths;
    private double availability = 1.0;
    private boolean retryScheduled;
    private double receivedTodayT;
    private double sentOutTodayT;
    private double windowHourKey = Double.NaN;
    private double sentOutThisHourT;
    private final double[] sentOutByDay = new double[SEND_OUT_MEMORY_DAYS];
    private int daysRemembered;

    TerminalAgent(WorldContext world, Terminal spec, GeoPoint location) {
        this.world = world;
        this.spec = spec;
        this.location = location;
        this.capacityT = Units.m3ToT(spec.storageM3());
        this.heelT = capacityT * spec.heelPct() / 100.0;
        this.stockT = capacityT * spec.initialStockPct() / 100.0;
        this.sendOutTPerHour = Units.mtpaToTPerHour(spec.regasCapacityMtpa());
    }

    public String id() {
        return spec.id();
    }

    Terminal spec() {
        return spec;
    }

    GeoPoint location() {
        return location;
    }

    double stockT() {
        return stockT;
    }

    double usableT() {
        return Math.max(0.0, stockT - heelT);
    }

    double heelT() {
        return heelT;
    }

    double capacityT() {
        return capacityT;
    }

    /**
     * How full the tanks will be once the ships at anchor or berthed have discharged, over their
     * capacity (above 1 when ships wait for room): how badly the terminal needs to send gas out.
     */
    double committedFill() {
        return (capacityT - freeRoomT()) / capacityT;
    }

    /**
     * Cargoes bound here and not yet in the tanks by {@code untilHour}: laden ships on their way, at
     * anchor or berthed, cargoes loading at the plant, contract orders for this terminal not yet
     * loading, and the programme slots, not yet ordered, of contracts that deliver here alone and
     * would arrive by then (a scheduler knows them from the annual delivery programmes). The levers'
     * spot and buffer orders are left out: their contracts are the levers' own.
     */
    double inboundT(double untilHour) {
        double inbound = reservedT;
        for (VesselAgent vessel : world.vessels()) {
            if (vessel.ladenTowards(id())) {
                inbound += vessel.cargoMassT();
            }
            inbound += vessel.loadingForT(id());
        }
        for (ContractAgent contract : world.contracts()) {
            inbound += contract.openOrdersT(id()) + contract.programmedArrivalsT(id(), untilHour);
        }
        return inbound;
    }

    /**
     * Send-out expected per day: the mean of the last week's days, or {@code fallbackT} before a
     * day has ended.
     */
    double expectedDailySendOutT(double fallbackT) {
        if (daysRemembered == 0) {
            return fallbackT;
        }
        int n = Math.min(daysRemembered, SEND_OUT_MEMORY_DAYS);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += sentOutByDay[i];
        }
        return sum / n;
    }

    /** Tank room not yet spoken for by ships at anchor or berthed. */
    double freeRoomT() {
        double committed = stockT + reservedT;
        for (VesselAgent vessel : queue) {
            committed += vessel.cargoMassT();
        }
        return capacityT - committed;
    }

    boolean available() {
        return availability > 0;
    }

    /**
     * Whether a cargo planned now is welcome: the tanks, with what is already at anchor or
     * berthed, are below the share of capacity schedulers keep clear for arrivals.
     */
    boolean hasRoomForPlanning(double cargoT) {
        double committed = stockT + reservedT;
        for (VesselAgent vessel : queue) {
            committed += vessel.cargoMassT();
        }
        return committed + cargoT <= capacityT * PLANNING_FILL_SHARE;
    }

    /** Send-out the terminal can give per hour now (nothing while it is out). */
    double sendOutCapacityTPerHour() {
        return sendOutTPerHour * availability;
    }

    /** Send-out still possible in a window of {@code hours} starting now. */
    double sendOutRoomT(double hours) {
        double hourKey = Math.floor(world.now());
        double used = hourKey == windowHourKey ? sentOutThisHourT : 0.0;
        return Math.max(0.0, sendOutTPerHour * availability * hours - used);
    }

    /** Takes gas out of the tanks for the region's consumers. */
    void sendOut(double massT) {
        double hourKey = Math.floor(world.now());
        if (hourKey != windowHourKey) {
            windowHourKey = hourKey;
            sentOutThisHourT = 0.0;
        }
        sentOutThisHourT += massT;
        stockT -= massT;
        sentOutTodayT += massT;
        tryBerth();
    }

    void arrive(VesselAgent vessel) {
        if (!available() && divert(vessel)) {
            return;
        }
        queue.add(vessel);
        tryBerth();
    }

    /** Sends a laden ship to another terminal of its contract's group, if one can take it. */
    private boolean divert(VesselAgent vessel) {
        ContractAgent contract = vessel.cargoContract();
        String alternative = contract == null ? null : contract.alternativeTerminal(id(), vessel);
        return alternative != null && vessel.redirect(alternative, "terminal outage at " + id() + ": diverted to " + alternative, false);
    }

    void leaveQueue(VesselAgent vessel) {
        queue.remove(vessel);
    }

    private int usableBerths() {
        return availability <= 0 ? 0 : (int) Math.ceil(spec.berths() * availability);
    }

    void tryBerth() {
        while (busyBerths < usableBerths() && !queue.isEmpty()) {
            VesselAgent vessel = queue.peek();
            if (stockT + reservedT + vessel.cargoMassT() > capacityT) {
                scheduleRetry();
                return;
            }
            queue.poll();
            busyBerths++;
            vessel.berthed(this);
            // Reserve what is aboard once boil-off at anchor is counted, and release exactly that.
            reservations.put(vessel, vessel.cargoMassT());
            reservedT += vessel.cargoMassT();
        }
        if (!queue.isEmpty()) {
            scheduleRetry();
        }
    }

    private void scheduleRetry() {
        if (!retryScheduled) {
            retryScheduled = true;
            world.at(world.now() + RETRY_HOURS, Phase.TERMINAL, s -> {
                retryScheduled = false;
                tryBerth();
            });
        }
    }

    void unloaded(VesselAgent vessel, double massT) {
        busyBerths--;
        Double reserved = reservations.remove(vessel);
        reservedT -= reserved == null ? 0.0 : reserved;
        stockT += massT;
        receivedTodayT += massT;
        tryBerth();
    }

    /** Availability 0..1 from outages; when it drops to zero, ships bound here are diverted if they can be. */
    void availability(double share) {
        boolean wentDown = share <= 0 && availability > 0;
        availability = share;
        if (wentDown) {
            divertShipsBoundHere();
        }
        tryBerth();
    }

    private void divertShipsBoundHere() {
        List<VesselAgent> bound = new ArrayList<>();
        for (VesselAgent vessel : world.vessels()) {
            if (vessel.ladenTowards(id())) {
                bound.add(vessel);
            }
        }
        for (VesselAgent vessel : bound) {
            divert(vessel);
        }
    }

    /** End-of-day state, then the day's counters restart. */
    void endOfDay(int day) {
        world.publish(new TerminalDay(Units.daysToHours(day), id(), spec.importer(), stockT, heelT, capacityT, sentOutTodayT,
                receivedTodayT));
        sentOutByDay[daysRemembered % SEND_OUT_MEMORY_DAYS] = sentOutTodayT;
        daysRemembered++;
        sentOutTodayT = 0;
        receivedTodayT = 0;
    }
}
