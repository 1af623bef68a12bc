package org.lngsim.agents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.lngsim.model.ChokepointChoice;
import org.lngsim.model.ChokepointRules;
import org.lngsim.model.Units;
import org.lngsim.scenario.ClosureResponse;

/**
 * A chokepoint's gate: open, shut, or letting through a number of transits a day (a restriction,
 * or a partial reopening ramping back). Ships it cannot let through wait at its entrance, first
 * come first served, and are released as capacity returns. When it shuts and ships are to
 * reroute, those with it ahead look for a way round.
 */
public final class ChokepointAgent {

    private final WorldContext world;
    private final String id;
    private final double normalTransitsPerDay;
    private final List<ChokepointRules.Closure> closures = new ArrayList<>();
    private final List<BelievedEnd> beliefs = new ArrayList<>();
    private final List<ChokepointRules.Restriction> restrictions = new ArrayList<>();
    private final ArrayDeque<VesselAgent> held = new ArrayDeque<>();
    private ChokepointRules.State state = ChokepointRules.State.OPEN;
    private double slots;
    private int slotDay = -1;
    private final Runnable gatesChanged;

    ChokepointAgent(WorldContext world, String id, double normalTransitsPerDay, Runnable gatesChanged) {
        this.world = world;
        this.id = id;
        this.normalTransitsPerDay = normalTransitsPerDay;
        this.gatesChanged = gatesChanged;
    }

    public String id() {
        return id;
    }

    /** What operators believe of a closure's end: first {@code initialEndHour}, then the revisions. */
    private record BelievedEnd(ChokepointRules.Closure closure, double initialEndHour, List<ChokepointChoice.Belief> revisions) {
    }

    void addClosure(ChokepointRules.Closure closure, double believedEndHour, List<ChokepointChoice.Belief> revisions) {
        closures.add(closure);
        beliefs.add(new BelievedEnd(closure, believedEndHour, List.copyOf(revisions)));
    }

    void addRestriction(ChokepointRules.Restriction restriction) {
        restrictions.add(restriction);
    }

    boolean hasRules() {
        return !closures.isEmpty() || !restrictions.isEmpty();
    }

    boolean isClosed() {
        return state.closed();
    }

    /** Open but capped: ships may have to queue. */
    boolean isLimited() {
        return state.limited();
    }

    /**
     * When the closures in force now are believed to end (the latest of them); when none is in
     * force (a zero-transit restriction), the end of the restrictions in force.
     */
    double believedEndHour() {
        double now = world.now();
        double latest = Double.NEGATIVE_INFINITY;
        for (BelievedEnd belief : beliefs) {
            if (now >= belief.closure().startHour() && now < belief.closure().endHour()) {
                latest = Math.max(latest, ChokepointChoice.believedEndHour(now, belief.initialEndHour(), belief.revisions()));
            }
        }
        if (latest == Double.NEGATIVE_INFINITY) {
            for (ChokepointRules.Restriction restriction : restrictions) {
                if (now >= restriction.startHour() && now < restriction.endHour()) {
                    latest = Math.max(latest, restriction.endHour());
                }
            }
        }
        return latest == Double.NEGATIVE_INFINITY ? now : latest;
    }

    /**
     * The delay a ship expects in this restricted chokepoint's queue: behind the ships queued ahead
     * of it (all of them when it is not queued yet), at today's remaining slots and the rate a day.
     */
    double expectedQueueDelayHours(VesselAgent vessel) {
        refreshSlots();
        int ahead = 0;
        boolean queued = false;
        for (VesselAgent waiting : held) {
            if (waiting == vessel) {
                queued = true;
                break;
            }
            ahead++;
        }
        int shipsAhead = queued ? ahead : held.size();
        double slotsLeft = Double.isInfinite(slots) ? state.transitsPerDay() : slots;
        return ChokepointChoice.expectedQueueDelayHours(shipsAhead, slotsLeft, state.transitsPerDay(),
                state.extraDelayHours());
    }

    /** Ships queued at the entrance. */
    int queueLength() {
        return held.size();
    }

    /** Transits a day allowed now (infinite when unlimited, 0 when shut). */
    double transitsPerDay() {
        return state.transitsPerDay();
    }

    /** The believed end changed: ships that decide and have this closed chokepoint ahead think again. */
    void beliefRevised() {
        if (!state.closed() || world.scenario().shipping().closureResponse() != ClosureResponse.DECIDE) {
            return;
        }
        for (VesselAgent vessel : affectedVessels()) {
            vessel.reconsider(id, "belief revised");
        }
    }

    /**
     * A ship reaches the entrance: returns the extra delay (hours, ≥ 0) when it may pass now, or
     * -1 when it must wait (it is then queued and released later through {@link VesselAgent#pass}).
     */
    double requestTransit(VesselAgent vessel) {
        refreshSlots();
        if (!state.closed() && held.isEmpty() && takeSlot()) {
            return state.extraDelayHours();
        }
        held.add(vessel);
        return -1;
    }

    void forget(VesselAgent vessel) {
        held.remove(vessel);
    }

    /** Re-reads the rules at this hour (a disruption began or ended, or a new day). */
    void refresh() {
        boolean wasClosed = state.closed();
        state = ChokepointRules.at(world.now(), closures, restrictions, normalTransitsPerDay);
        if (wasClosed != state.closed()) {
            gatesChanged.run();
        }
        slotDay = -1;
        refreshSlots();
        if (!wasClosed && state.closed()) {
            onClosure();
        }
        release();
        if (wasClosed && !state.closed()) {
            for (String fleetId : fleetIds()) {
                world.fleet(fleetId).retry();
            }
        }
    }

    /** Daily: new transit slots, and the ramp of a partial reopening moves on. */
    void newDay() {
        if (hasRules()) {
            refresh();
        }
    }

    private void refreshSlots() {
        int day = (int) Math.floor(Units.hoursToDays(world.now()));
        if (day != slotDay) {
            slotDay = day;
            double carry = Double.isInfinite(slots) ? 0 : slots - Math.floor(slots);
            slots = state.closed() ? 0 : state.transitsPerDay() + carry;
        }
    }

    private boolean takeSlot() {
        if (Double.isInfinite(slots)) {
            return true;
        }
        if (slots >= 1.0) {
            slots -= 1.0;
            return true;
        }
        return false;
    }

    private void release() {
        while (!state.closed() && !held.isEmpty() && takeSlot()) {
            held.poll().pass(id, state.extraDelayHours());
        }
    }

    private void onClosure() {
        ClosureResponse response = world.scenario().shipping().closureResponse();
        if (response == ClosureResponse.WAIT) {
            return;
        }
        for (VesselAgent vessel : affectedVessels()) {
            if (response == ClosureResponse.REROUTE) {
                vessel.rerouteAroundClosures(id + " closed ahead");
            } else {
                vessel.reconsider(id, "closed ahead");
            }
        }
    }

    /** Ships with this chokepoint still ahead, in world order (a copy: they may reroute while we go). */
    private List<VesselAgent> affectedVessels() {
        List<VesselAgent> affected = new ArrayList<>();
        for (VesselAgent vessel : world.vessels()) {
            if (vessel.hasAhead(id)) {
                affected.add(vessel);
            }
        }
        return affected;
    }

    private List<String> fleetIds() {
        return world.scenario().fleets().stream().map(f -> f.id()).toList();
    }
}
