package org.lngsim.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.lngsim.geo.GeoPoint;
import org.lngsim.geo.Route;
import org.lngsim.protocol.Candidate;
import org.lngsim.protocol.DiversionOffer;
import org.lngsim.protocol.ReceiverTerminal;

/**
 * What the ships at sea could do for a receiver: for each cargo bound for a donor region, whether
 * it could be released (its contract, whether it is still aboard when the decision lag ends) and,
 * if so, the receiver terminal it would go to and what the diversion costs. The choice of
 * terminal is {@link ReceiverTerminal}'s; this class supplies the world's terminals and routes.
 */
final class DiversionOffers {

    private final WorldContext world;
    private final double decisionLagHours;
    private final double maxExtraSailingDays;

    DiversionOffers(WorldContext world, double decisionLagHours, double maxExtraSailingDays) {
        this.world = world;
        this.decisionLagHours = decisionLagHours;
        this.maxExtraSailingDays = maxExtraSailingDays;
    }

    /** A cargo that could be released, the ship carrying it, and the terminal it would go to (null if none). */
    record Offered(Candidate candidate, VesselAgent vessel, String toTerminalId) {
    }

    /**
     * The candidates among the redirectable ships whose cargo is bound for one of {@code boundFor}'s
     * terminals (by terminal id), except those {@code excluded} (by cargo id).
     */
    List<Offered> candidates(Predicate<String> boundFor, Predicate<String> excluded, String receiverId) {
        double now = world.now();
        List<Offered> offered = new ArrayList<>();
        for (VesselAgent vessel : world.vessels()) {
            if (!vessel.redirectable() || excluded.test(vessel.cargoId()) || !boundFor.test(vessel.cargoTerminalId())) {
                continue;
            }
            boolean redirectable = vessel.cargoContract().contract().redirectable();
            boolean aboard = vessel.cargoArrivalHour() > now + decisionLagHours;
            // Routing is the costly part: only for cargoes the rules could release anyway.
            DiversionOffer offer = redirectable && aboard ? bestTerminalFor(vessel, receiverId) : null;
            Candidate candidate = new Candidate(vessel.cargoId(), vessel.cargoTerminalId(), vessel.cargoMassT(),
                    redirectable, offer != null, offer == null ? Double.POSITIVE_INFINITY : offer.arrivalHour(),
                    offer == null ? Double.POSITIVE_INFINITY : offer.extraSailingDays(), aboard);
            offered.add(new Offered(candidate, vessel, offer == null ? null : offer.terminalId()));
        }
        return offered;
    }

    /** Where the ship could unload for the receiver ({@link ReceiverTerminal}); null when no able terminal is reachable. */
    private DiversionOffer bestTerminalFor(VesselAgent vessel, String receiverId) {
        GeoPoint here = vessel.position();
        List<ReceiverTerminal.Option> options = new ArrayList<>();
        for (TerminalAgent terminal : world.terminals()) {
            boolean able = terminal.spec().importer().equals(receiverId) && terminal.available()
                    && terminal.spec().maxVesselM3() >= vessel.fleet().vesselCapacityM3()
                    && terminal.hasRoomForPlanning(vessel.cargoMassT());
            if (able) {
                RegionAgent region = world.region(terminal.spec().region());
                options.add(new ReceiverTerminal.Option(terminal.id(), region.daysOfCover(), region.daysOfCover(terminal),
                        here.distanceNmTo(terminal.location())));
            }
        }
        return ReceiverTerminal.choose(options, terminalId -> offerTo(vessel, here, world.terminal(terminalId)),
                maxExtraSailingDays);
    }

    /** The diversion to {@code terminal} by the open sea lanes; null when unreachable. */
    private DiversionOffer offerTo(VesselAgent vessel, GeoPoint here, TerminalAgent terminal) {
        Route route = world.router().routeOnce(here, terminal.location(), world.closedChokepoints());
        if (!route.reachable()) {
            return null;
        }
        return DiversionOffer.of(terminal.id(), world.now(), decisionLagHours, route.distanceNm(),
                vessel.fleet().speedKn(), vessel.cargoArrivalHour());
    }
}
