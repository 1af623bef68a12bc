package org.lngsim.agents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.lngsim.events.CargoRedirected;
import org.lngsim.events.CargoReleased;
import org.lngsim.events.DebtSettled;
import org.lngsim.events.ProtocolRequest;
import org.lngsim.events.ReleaseLapsed;
import org.lngsim.geo.GeoPoint;
import org.lngsim.geo.Route;
import org.lngsim.model.Units;
import org.lngsim.protocol.Arrival;
import org.lngsim.protocol.Candidate;
import org.lngsim.protocol.CoverProjection;
import org.lngsim.protocol.Ledger;
import org.lngsim.protocol.ReleaseRules;
import org.lngsim.protocol.ReleaseSelection;
import org.lngsim.protocol.Stock;
import org.lngsim.scenario.Protocol;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The mutual redirection protocol at work. Every review interval each party projects its days of
 * cover; a party below the trigger (while a disruption is declared, if so set) requests enough to
 * reach the target; the others, most covered first, release eligible cargoes bound for
 * themselves, never below their floor; after the decision lag the ships turn. The ledger records
 * what is owed; a receiver back above the payback cover repays in kind, and what is still owed
 * when the payback window closes is settled in money.
 */
public final class ProtocolCoordinator implements Steppable {

    private static final long serialVersionUID = 1L;
    private static final double WEEK_HOURS = 168.0;
    private static final String EMERGENCY = "emergency";
    private static final String PAYBACK = "payback";
    /**
     * A payback cargo may return at most this much more than is owed (a quarter of a cargo); a
     * remainder too small for a cargo is settled in money when the window closes.
     */
    private static final double PAYBACK_OVERSHOOT_T = 20_000;

    private final transient WorldContext world;
    private final Protocol rules;
    private final List<PartyView> parties = new ArrayList<>();
    private final Ledger ledger = new Ledger();
    private final Set<String> pendingCargoes = new HashSet<>();
    private final Set<String> movedByProtocol = new HashSet<>();
    /** Releases decided but not yet executed: the arrival promised, by receiver and purpose (in decision order). */
    private final Map<Arrival, Pending> pending = new LinkedHashMap<>();
    private final Map<String, ArrayDeque<Double>> releaseHoursByDonor = new HashMap<>();
    private final List<ContractAgent> contracts;

    /** Who a decided release goes to, and why (an emergency release or a payback). */
    private record Pending(String receiverId, String purpose) {
    }

    /** A party: its id and the regions whose terminals are its stock. */
    private record PartyView(String id, List<RegionAgent> regions) {
    }

    ProtocolCoordinator(WorldContext world, Protocol rules, Map<String, List<RegionAgent>> regionsByImporter,
            List<ContractAgent> contracts) {
        this.world = world;
        this.rules = rules;
        this.contracts = contracts;
        for (String party : rules.parties()) {
            parties.add(new PartyView(party, regionsByImporter.getOrDefault(party, List.of())));
        }
    }

    void begin() {
        world.at(rules.reviewIntervalHours(), Phase.PROTOCOL, this);
    }

    Ledger ledger() {
        return ledger;
    }

    @Override
    public void step(SimState state) {
        double now = world.now();
        for (Ledger.Settlement settlement : ledger.settleDue(now)) {
            world.publish(new DebtSettled(now, settlement.debtorId(), settlement.creditorId(), settlement.massT(),
                    "in money: payback window closed"));
        }
        boolean declared = !rules.onlyDuringDisruption() || world.disruptionDeclared();
        Map<String, Stock> requesting = new LinkedHashMap<>();
        if (declared) {
            // A party short of cover itself does not give cargoes away.
            for (PartyView party : parties) {
                Stock projected = projectedStock(party);
                if (projected.minCoverDays(now, rules.lookAheadDays()) < rules.triggerDaysOfCover(party.id())) {
                    requesting.put(party.id(), projected);
                }
            }
            for (PartyView requester : parties) {
                if (requesting.containsKey(requester.id())) {
                    handleRequest(requester, requesting.get(requester.id()), requesting.keySet());
                }
            }
        }
        handlePaybacks(requesting.keySet());
        world.at(now + rules.reviewIntervalHours(), Phase.PROTOCOL, this);
    }

    // --- requests ------------------------------------------------------------------------------

    /** The party's stock as projected over the look-ahead, counting releases promised to it. */
    private Stock projectedStock(PartyView party) {
        List<Arrival> arrivals = arrivalsFor(party.id());
        arrivals.addAll(pendingArrivalsFor(party.id(), null));
        return new Stock(usableT(party), useOutlookT(party), arrivals);
    }

    private void handleRequest(PartyView requester, Stock projected, Set<String> requesting) {
        double now = world.now();
        double minCover = projected.minCoverDays(now, rules.lookAheadDays());
        double requestT = projected.shortfallToTargetT(now, rules.lookAheadDays(),
                rules.targetDaysOfCover(requester.id()));
        // The credit limit bounds the gas the requester has received and not returned in kind
        // (debts settled in money included, releases not yet executed too): a shortage that
        // outlasts the payback window would otherwise drain the donor for good.
        double creditLeftT = rules.creditLimitT() - ledger.unreturnedT(requester.id())
                - pendingT(requester.id(), EMERGENCY);
        double askT = Math.min(requestT, Math.max(0, creditLeftT));
        int released = 0;
        double releasedT = 0;
        for (PartyView donor : donorsByCover(requester)) {
            if (releasedT >= askT || requesting.contains(donor.id())) {
                continue;
            }
            List<ReleaseSelection.Release> releases = release(donor, requester, askT - releasedT,
                    rules.donorFloorDaysOfCover(donor.id()), EMERGENCY, creditLeftT - askT);
            released += releases.size();
            releasedT += releases.stream().mapToDouble(r -> r.cargo().massT()).sum();
        }
        world.publish(new ProtocolRequest(now, requester.id(), minCover, requestT, creditLeftT, released, releasedT));
    }

    /** The other parties, the best covered first (ties in party order). */
    private List<PartyView> donorsByCover(PartyView requester) {
        List<PartyView> donors = new ArrayList<>();
        for (PartyView party : parties) {
            if (!party.id().equals(requester.id())) {
                donors.add(party);
            }
        }
        double now = world.now();
        donors.sort(Comparator.comparingDouble((PartyView p) -> -CoverProjection.minCoverDays(usableT(p), useOutlookT(p),
                arrivalsFor(p.id()), now, rules.lookAheadDays())));
        return donors;
    }

    // --- releases (emergency and payback) -----------------------------------------------------

    /**
     * Releases cargoes of {@code donor} to {@code receiver}, region by region (best covered first):
     * each release must keep the region its cargo was bound for at or above the floor, which also
     * keeps the donor as a whole there.
     */
    private List<ReleaseSelection.Release> release(PartyView donor, PartyView receiver, double requestT,
            double floorDays, String purpose, double maxOvershootT) {
        List<ReleaseSelection.Release> all = new ArrayList<>();
        double releasedT = 0;
        for (RegionAgent region : regionsByCover(donor)) {
            int capLeft = rules.maxCargoesPerWeek() - releasesThisWeek(donor.id());
            if (capLeft <= 0 || releasedT >= requestT) {
                break;
            }
            List<ReleaseSelection.Release> releases = releaseFromRegion(donor, region, receiver, requestT - releasedT,
                    floorDays, purpose, capLeft, maxOvershootT);
            all.addAll(releases);
            releasedT += releases.stream().mapToDouble(r -> r.cargo().massT()).sum();
        }
        return all;
    }

    private List<RegionAgent> regionsByCover(PartyView party) {
        double now = world.now();
        List<RegionAgent> regions = new ArrayList<>(party.regions());
        regions.sort(Comparator.comparingDouble((RegionAgent r) -> -CoverProjection.minCoverDays(r.usableT(),
                r.useOutlookT(outlookDays()), arrivalsForRegion(r.id()), now, rules.lookAheadDays())));
        return regions;
    }

    private List<ReleaseSelection.Release> releaseFromRegion(PartyView donor, RegionAgent region, PartyView receiver,
            double requestT, double floorDays, String purpose, int capLeft, double maxOvershootT) {
        double now = world.now();
        List<Candidate> candidates = new ArrayList<>();
        Map<String, VesselAgent> vesselByCargo = new HashMap<>();
        Map<String, String> terminalByCargo = new HashMap<>();
        for (VesselAgent vessel : world.vessels()) {
            if (!vessel.redirectable() || pendingCargoes.contains(vessel.cargoId())
                    || movedByProtocol.contains(vessel.cargoId())
                    || !regionOf(vessel.cargoTerminalId()).equals(region.id())) {
                // A cargo the protocol already moved is not moved again (no paying back with the
                // very cargo received).
                continue;
            }
            boolean redirectable = vessel.cargoContract().contract().redirectable();
            boolean aboard = vessel.cargoArrivalHour() > now + rules.decisionLagHours();
            // Routing is the costly part: only for cargoes the rules could release anyway.
            Offer offer = redirectable && aboard ? bestTerminalFor(vessel, receiver.id()) : null;
            candidates.add(new Candidate(vessel.cargoId(), vessel.cargoTerminalId(), vessel.cargoMassT(), redirectable,
                    offer != null,
                    offer == null ? Double.POSITIVE_INFINITY : offer.arrivalHour(),
                    offer == null ? Double.POSITIVE_INFINITY : offer.extraSailingDays(), aboard));
            vesselByCargo.put(vessel.cargoId(), vessel);
            if (offer != null) {
                terminalByCargo.put(vessel.cargoId(), offer.terminalId());
            }
        }
        double[] regionUseT = region.useOutlookT(outlookDays());
        List<Arrival> regionArrivals = new ArrayList<>();
        Map<String, List<Arrival>> arrivalsByTerminal = new HashMap<>();
        forEachArrival(terminalId -> regionOf(terminalId).equals(region.id()), (terminalId, arrival) -> {
            regionArrivals.add(arrival);
            arrivalsByTerminal.computeIfAbsent(terminalId, k -> new ArrayList<>()).add(arrival);
        });
        Stock regionStock = new Stock(region.usableT(), regionUseT, regionArrivals);
        Map<String, Stock> terminalStocks = new HashMap<>();
        for (TerminalAgent terminal : region.terminals()) {
            // the region draws on its terminals in proportion to what each can send out
            double share = region.sendOutShare(terminal);
            double[] terminalUseT = new double[regionUseT.length];
            for (int d = 0; d < regionUseT.length; d++) {
                terminalUseT[d] = regionUseT[d] * share;
            }
            terminalStocks.put(terminal.id(), new Stock(terminal.usableT(), terminalUseT,
                    arrivalsByTerminal.getOrDefault(terminal.id(), List.of())));
        }
        List<ReleaseSelection.Release> releases = ReleaseSelection.select(candidates, requestT, regionStock,
                terminalStocks, now, new ReleaseRules(rules.lookAheadDays(), floorDays, rules.maxExtraSailingDays(),
                        capLeft, maxOvershootT));
        for (ReleaseSelection.Release release : releases) {
            Candidate cargo = release.cargo();
            VesselAgent vessel = vesselByCargo.get(cargo.cargoId());
            String toTerminal = terminalByCargo.get(cargo.cargoId());
            double executeAt = now + rules.decisionLagHours();
            world.publish(new CargoReleased(now, purpose, donor.id(), receiver.id(), cargo.cargoId(), vessel.id(),
                    vessel.cargoTerminalId(), toTerminal, cargo.massT(), cargo.extraSailingDays(),
                    release.donorCoverAfterDays(), floorDays, executeAt));
            pendingCargoes.add(cargo.cargoId());
            Arrival promised = new Arrival(cargo.cargoId(), cargo.arrivalAtRequesterHour(), cargo.massT());
            pending.put(promised, new Pending(receiver.id(), purpose));
            releaseHoursByDonor.computeIfAbsent(donor.id(), k -> new ArrayDeque<>()).add(now);
            world.at(executeAt, Phase.PROTOCOL, s -> execute(vessel, cargo, donor.id(), receiver.id(), toTerminal,
                    purpose, promised));
        }
        return releases;
    }

    private void execute(VesselAgent vessel, Candidate cargo, String donorId, String receiverId, String toTerminal,
            String purpose, Arrival promised) {
        double now = world.now();
        pendingCargoes.remove(cargo.cargoId());
        pending.remove(promised);
        if (!vessel.redirectable() || !cargo.cargoId().equals(vessel.cargoId())) {
            world.publish(new ReleaseLapsed(now, cargo.cargoId(), donorId, receiverId, "already at berth or discharged"));
            return;
        }
        double massT = vessel.cargoMassT();
        if (!vessel.redirect(toTerminal, purpose + " redirection from " + donorId + " to " + receiverId, true)) {
            world.publish(new ReleaseLapsed(now, cargo.cargoId(), donorId, receiverId, "no open route to " + toTerminal));
            return;
        }
        movedByProtocol.add(cargo.cargoId());
        world.publish(new CargoRedirected(now, purpose, donorId, receiverId, cargo.cargoId(), vessel.id(), toTerminal,
                massT, Units.daysToHours(cargo.extraSailingDays()) * vessel.fleet().speedKn(), cargo.extraSailingDays()));
        if (EMERGENCY.equals(purpose)) {
            ledger.owe(receiverId, donorId, massT, now + Units.daysToHours(rules.paybackWindowDays()));
        } else {
            double repaid = ledger.repay(donorId, receiverId, massT);
            world.publish(new DebtSettled(now, donorId, receiverId, repaid, "in kind: cargo " + cargo.cargoId()));

        }
    }

    private void handlePaybacks(Set<String> requesting) {
        double now = world.now();
        for (Map.Entry<String, List<String>> entry : ledger.creditorsByDebtor().entrySet()) {
            PartyView debtor = party(entry.getKey());
            if (debtor == null || requesting.contains(debtor.id())) {
                continue;
            }
            double cover = CoverProjection.minCoverDays(usableT(debtor), useOutlookT(debtor), arrivalsFor(debtor.id()),
                    now, rules.lookAheadDays());
            if (cover < rules.paybackCoverDays(debtor.id())) {
                continue;
            }
            for (String creditorId : entry.getValue()) {
                PartyView creditor = party(creditorId);
                double owed = ledger.owedT(debtor.id(), creditorId) - pendingT(creditorId, PAYBACK);
                if (creditor != null && owed > 0) {
                    release(debtor, creditor, owed, rules.paybackCoverDays(debtor.id()), PAYBACK, PAYBACK_OVERSHOOT_T);
                }
            }
        }
    }

    /** Tonnes decided for the party for one purpose and not yet executed. */
    private double pendingT(String partyId, String purpose) {
        return pendingArrivalsFor(partyId, purpose).stream().mapToDouble(Arrival::massT).sum();
    }

    // --- views of the world --------------------------------------------------------------------

    /** Where a ship could unload for the receiver: the closest able terminal by sea, if any. */
    private record Offer(String terminalId, double arrivalHour, double extraSailingDays) {
    }

    /**
     * Where a ship could unload for the receiver: of the terminals able to take it and within the
     * diversion limit, one in the receiver's region with the least cover, and there the one with
     * the least cover of its own (where the gas is needed: a drained terminal cannot send out its
     * share at the peak), the nearest by great circle among equals.
     */
    private Offer bestTerminalFor(VesselAgent vessel, String receiverId) {
        GeoPoint here = vessel.position();
        record Choice(TerminalAgent terminal, double regionCover, double terminalCover, double distanceNm) {
        }
        List<Choice> choices = new ArrayList<>();
        for (TerminalAgent terminal : world.terminals()) {
            boolean able = terminal.spec().importer().equals(receiverId) && terminal.available()
                    && terminal.spec().maxVesselM3() >= vessel.fleet().vesselCapacityM3()
                    && terminal.hasRoomForPlanning(vessel.cargoMassT());
            if (able) {
                RegionAgent region = world.region(terminal.spec().region());
                choices.add(new Choice(terminal, region.daysOfCover(), region.daysOfCover(terminal),
                        here.distanceNmTo(terminal.location())));
            }
        }
        choices.sort(Comparator.comparingDouble(Choice::regionCover).thenComparingDouble(Choice::terminalCover)
                .thenComparingDouble(Choice::distanceNm).thenComparing(c -> c.terminal().id()));
        // The neediest terminal the diversion rules allow; if none, the neediest reachable one
        // (whose offer the rules will then refuse).
        Offer fallback = null;
        for (Choice choice : choices) {
            Offer offer = offerTo(vessel, here, choice.terminal());
            if (offer != null && offer.extraSailingDays() <= rules.maxExtraSailingDays()) {
                return offer;
            }
            if (fallback == null) {
                fallback = offer;
            }
        }
        return fallback;
    }

    /** The diversion to {@code terminal}: arrival and the sailing days it adds; null when unreachable. */
    private Offer offerTo(VesselAgent vessel, GeoPoint here, TerminalAgent terminal) {
        Route route = world.router().routeOnce(here, terminal.location(), world.closedChokepoints());
        if (!route.reachable()) {
            return null;
        }
        double now = world.now();
        double speed = vessel.fleet().speedKn();
        double arrival = now + rules.decisionLagHours() + route.distanceNm() / speed;
        double original = vessel.cargoArrivalHour();
        double extraDays = Double.isInfinite(original) ? 0.0 : Units.hoursToDays(arrival - rules.decisionLagHours() - original);
        return new Offer(terminal.id(), arrival, extraDays);
    }

    /** Cargoes at sea bound for the party, and those its contracts will load and deliver in the window. */
    private List<Arrival> arrivalsFor(String partyId) {
        return arrivalsTo(terminalId -> importerOf(terminalId).equals(partyId));
    }

    /** The same for one region's terminals. */
    private List<Arrival> arrivalsForRegion(String regionId) {
        return arrivalsTo(terminalId -> regionOf(terminalId).equals(regionId));
    }

    /**
     * Arrivals at the terminals {@code bound} accepts: cargoes at sea (not already promised
     * elsewhere, not held at a closed strait) and contract cargoes scheduled within the look-ahead.
     */
    private List<Arrival> arrivalsTo(Predicate<String> bound) {
        List<Arrival> arrivals = new ArrayList<>();
        forEachArrival(bound, (terminalId, arrival) -> arrivals.add(arrival));
        return arrivals;
    }

    /** The same arrivals, each handed over with the terminal it is bound for. */
    private void forEachArrival(Predicate<String> bound,
            BiConsumer<String, Arrival> sink) {
        for (VesselAgent vessel : world.vessels()) {
            if (vessel.cargoId() != null && !pendingCargoes.contains(vessel.cargoId())
                    && bound.test(vessel.cargoTerminalId())) {
                double hour = vessel.cargoArrivalHour();
                if (Double.isFinite(hour)) {
                    sink.accept(vessel.cargoTerminalId(), new Arrival(vessel.cargoId(), hour, vessel.cargoMassT()));
                }
            }
        }
        double now = world.now();
        for (ContractAgent contract : contracts) {
            String terminalId = contract.contract().terminals().get(0);
            if (bound.test(terminalId)) {
                contract.scheduledArrivals(now, now + Units.daysToHours(rules.lookAheadDays()))
                        .forEach(arrival -> sink.accept(terminalId, arrival));
            }
        }
    }

    private String regionOf(String terminalId) {
        return terminalId == null ? "" : world.terminal(terminalId).spec().region();
    }

    /** Releases decided for the party and not yet executed; of one purpose, or all when null. */
    private List<Arrival> pendingArrivalsFor(String partyId, String purpose) {
        List<Arrival> arrivals = new ArrayList<>();
        pending.forEach((arrival, promise) -> {
            if (promise.receiverId().equals(partyId) && (purpose == null || promise.purpose().equals(purpose))) {
                arrivals.add(arrival);
            }
        });
        return arrivals;
    }

    private int releasesThisWeek(String donorId) {
        ArrayDeque<Double> hours = releaseHoursByDonor.computeIfAbsent(donorId, k -> new ArrayDeque<>());
        while (!hours.isEmpty() && hours.peekFirst() <= world.now() - WEEK_HOURS) {
            hours.pollFirst();
        }
        return hours.size();
    }

    private String importerOf(String terminalId) {
        return terminalId == null ? "" : world.terminal(terminalId).spec().importer();
    }

    private PartyView party(String id) {
        for (PartyView party : parties) {
            if (party.id().equals(id)) {
                return party;
            }
        }
        return null;
    }

    private static double usableT(PartyView party) {
        return party.regions().stream().mapToDouble(RegionAgent::usableT).sum();
    }

    /** The party's expected use for today and each day of the look-ahead: its regions' outlooks added. */
    private double[] useOutlookT(PartyView party) {
        double[] total = new double[outlookDays() + 1];
        for (RegionAgent region : party.regions()) {
            double[] outlook = region.useOutlookT(outlookDays());
            for (int d = 0; d < total.length; d++) {
                total[d] += outlook[d];
            }
        }
        return total;
    }

    private int outlookDays() {
        return CoverProjection.entries(rules.lookAheadDays()) - 1;
    }
}
