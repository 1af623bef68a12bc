package org.lngsim.agents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.lngsim.events.CargoRedirected;
import org.lngsim.events.CargoReleased;
import org.lngsim.events.DebtSettled;
import org.lngsim.events.ProtocolRequest;
import org.lngsim.events.ReleaseLapsed;
import org.lngsim.model.Units;
import org.lngsim.protocol.Arrival;
import org.lngsim.protocol.Candidate;
import org.lngsim.protocol.CreditLimit;
import org.lngsim.protocol.DonorOrder;
import org.lngsim.protocol.Ledger;
import org.lngsim.protocol.Payback;
import org.lngsim.protocol.PendingReleases;
import org.lngsim.protocol.Purpose;
import org.lngsim.protocol.ReleaseRules;
import org.lngsim.protocol.ReleaseSelection;
import org.lngsim.protocol.Stock;
import org.lngsim.protocol.Trigger;
import org.lngsim.protocol.WeeklyCap;
import org.lngsim.scenario.Protocol;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The mutual redirection protocol at work. Every review interval each party projects its days of
 * cover; a party below the trigger (while a disruption is declared, if so set) requests enough to
 * reach the target; the others, most covered first, release eligible cargoes bound for
 * themselves, never below their floor; after the decision lag the ships turn. The ledger records
 * what is owed; a receiver back above the payback cover (and not rationing its own gas) repays in kind, and what is still owed
 * when the payback window closes is settled in money.
 *
 * <p>This class only wires: the rules are the pure kernels of {@link org.lngsim.protocol}, the
 * projections come from {@link StockProjection} and the ships' options from {@link DiversionOffers}.
 */
public final class ProtocolCoordinator implements Steppable {

    private static final long serialVersionUID = 1L;

    private final transient WorldContext world;
    private final Protocol rules;
    private final List<ProtocolParty> parties = new ArrayList<>();
    private final Ledger ledger = new Ledger();
    private final PendingReleases pending = new PendingReleases();
    /** Cargoes the protocol already moved: not moved again (no paying back with the very cargo received). */
    private final Set<String> movedByProtocol = new HashSet<>();
    private final WeeklyCap weeklyCap;
    private final transient StockProjection stocks;
    private final transient DiversionOffers offers;
    /** Whether a party is rationing its own gas under an allocation order today: it neither lends nor pays back. */
    private final transient Predicate<String> rationing;

    ProtocolCoordinator(WorldContext world, Protocol rules, Map<String, List<RegionAgent>> regionsByImporter,
            List<ContractAgent> contracts, Predicate<String> rationing) {
        this.world = world;
        this.rationing = rationing;
        this.rules = rules;
        for (String party : rules.parties()) {
            parties.add(new ProtocolParty(party, regionsByImporter.getOrDefault(party, List.of())));
        }
        this.weeklyCap = new WeeklyCap(rules.maxCargoesPerWeek());
        this.stocks = new StockProjection(world, contracts, rules.lookAheadDays(), pending);
        this.offers = new DiversionOffers(world, rules.decisionLagHours(), rules.maxExtraSailingDays());
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
        for (Ledger.DueDebt due : ledger.settleDue(now)) {
            world.publish(DebtSettled.inMoney(now, due.debtorId(), due.creditorId(), due.massT()));
        }
        boolean declared = !rules.onlyDuringDisruption() || world.disruptionDeclared();
        Map<String, Stock> requesting = new LinkedHashMap<>();
        if (declared) {
            // All requests are known before any is served: a party short of cover itself does not give cargoes away.
            for (ProtocolParty party : parties) {
                Stock projected = stocks.requesterStock(party);
                if (Trigger.fires(projected.minCoverDays(now, rules.lookAheadDays()), rules.triggerDaysOfCover(party.id()))) {
                    requesting.put(party.id(), projected);
                }
            }
            for (ProtocolParty requester : parties) {
                if (requesting.containsKey(requester.id())) {
                    handleRequest(requester, requesting.get(requester.id()), requesting.keySet());
                }
            }
        }
        handlePaybacks(requesting.keySet());
        world.at(now + rules.reviewIntervalHours(), Phase.PROTOCOL, this);
    }

    private void handleRequest(ProtocolParty requester, Stock projected, Set<String> requesting) {
        double now = world.now();
        double minCover = projected.minCoverDays(now, rules.lookAheadDays());
        double targetDays = rules.targetDaysOfCover(requester.id());
        double requestT = projected.shortfallToTargetT(now, rules.lookAheadDays(), targetDays);
        double creditLeftT = CreditLimit.leftT(rules.creditLimitT(), ledger.unreturnedT(requester.id()),
                pending.massT(requester.id(), Purpose.EMERGENCY));
        double askT = CreditLimit.askT(requestT, creditLeftT);
        int released = 0;
        double releasedT = 0;
        List<ProtocolParty> donors = parties.stream()
                .filter(p -> !p.id().equals(requester.id()) && !requesting.contains(p.id()) && !rationing.test(p.id()))
                .toList();
        for (ProtocolParty donor : DonorOrder.bestCoveredFirst(donors, stocks::minCoverDays)) {
            if (releasedT >= askT) {
                break;
            }
            List<ReleaseSelection.Release> releases = release(donor, requester, askT - releasedT,
                    rules.donorFloorDaysOfCover(donor.id()), Purpose.EMERGENCY, CreditLimit.overshootT(creditLeftT, askT));
            released += releases.size();
            releasedT += releases.stream().mapToDouble(r -> r.cargo().massT()).sum();
        }
        world.publish(new ProtocolRequest(now, requester.id(), minCover, rules.triggerDaysOfCover(requester.id()),
                targetDays, requestT, creditLeftT, released, releasedT));
    }

    private void handlePaybacks(Set<String> requesting) {
        for (Map.Entry<String, List<String>> entry : ledger.creditorsByDebtor().entrySet()) {
            ProtocolParty debtor = party(entry.getKey());
            if (debtor == null) {
                continue;
            }
            double paybackCover = rules.paybackCoverDays(debtor.id());
            if (!Payback.due(requesting.contains(debtor.id()), rationing.test(debtor.id()),
                    stocks.minCoverDays(debtor), paybackCover)) {
                continue;
            }
            for (String creditorId : entry.getValue()) {
                ProtocolParty creditor = party(creditorId);
                double owed = Payback.toReturnT(ledger.owedT(debtor.id(), creditorId),
                        pending.massT(creditorId, Purpose.PAYBACK));
                if (creditor != null && owed > 0) {
                    release(debtor, creditor, owed, paybackCover, Purpose.PAYBACK, Payback.MAX_OVERSHOOT_T);
                }
            }
        }
    }

    // --- releases (emergency and payback) -----------------------------------------------------

    /**
     * Releases cargoes of {@code donor} to {@code receiver}, region by region (best covered first):
     * each release must keep the region its cargo was bound for at or above the floor, which also
     * keeps the donor as a whole there.
     */
    private List<ReleaseSelection.Release> release(ProtocolParty donor, ProtocolParty receiver, double requestT,
            double floorDays, Purpose purpose, double maxOvershootT) {
        List<ReleaseSelection.Release> all = new ArrayList<>();
        double releasedT = 0;
        for (RegionAgent region : DonorOrder.bestCoveredFirst(donor.regions(), stocks::minCoverDays)) {
            int capLeft = weeklyCap.leftAt(donor.id(), world.now());
            if (capLeft <= 0 || releasedT >= requestT) {
                break;
            }
            ReleaseRules releaseRules = new ReleaseRules(rules.lookAheadDays(), floorDays, rules.maxExtraSailingDays(),
                    capLeft, maxOvershootT);
            List<ReleaseSelection.Release> releases = releaseFromRegion(donor, region, receiver, requestT - releasedT,
                    releaseRules, purpose);
            all.addAll(releases);
            releasedT += releases.stream().mapToDouble(r -> r.cargo().massT()).sum();
        }
        return all;
    }

    private List<ReleaseSelection.Release> releaseFromRegion(ProtocolParty donor, RegionAgent region,
            ProtocolParty receiver, double requestT, ReleaseRules releaseRules, Purpose purpose) {
        List<DiversionOffers.Offered> offered = offers.candidates(
                terminalId -> stocks.regionOf(terminalId).equals(region.id()),
                cargoId -> pending.contains(cargoId) || movedByProtocol.contains(cargoId), receiver.id());
        StockProjection.RegionStocks regionStocks = stocks.regionStocks(region);
        Map<String, DiversionOffers.Offered> byCargo = new HashMap<>();
        offered.forEach(o -> byCargo.put(o.candidate().cargoId(), o));
        List<ReleaseSelection.Release> releases = ReleaseSelection.select(
                offered.stream().map(DiversionOffers.Offered::candidate).toList(), requestT, regionStocks.region(),
                regionStocks.terminals(), world.now(), releaseRules);
        for (ReleaseSelection.Release release : releases) {
            decide(donor, receiver, byCargo.get(release.cargo().cargoId()), release.donorCoverAfterDays(),
                    releaseRules.donorFloorDays(), purpose);
        }
        return releases;
    }

    /** Publishes a release decision, holds its cargo and schedules its execution after the decision lag. */
    private void decide(ProtocolParty donor, ProtocolParty receiver, DiversionOffers.Offered chosen,
            double donorCoverAfterDays, double floorDays, Purpose purpose) {
        double now = world.now();
        Candidate cargo = chosen.candidate();
        VesselAgent vessel = chosen.vessel();
        double executeAt = now + rules.decisionLagHours();
        world.publish(new CargoReleased(now, purpose, donor.id(), receiver.id(), cargo.cargoId(), vessel.id(),
                vessel.cargoTerminalId(), chosen.toTerminalId(), cargo.massT(), cargo.extraSailingDays(),
                donorCoverAfterDays, floorDays, executeAt));
        Arrival promised = new Arrival(cargo.cargoId(), cargo.arrivalAtRequesterHour(), cargo.massT());
        pending.add(promised, receiver.id(), purpose);
        weeklyCap.record(donor.id(), now);
        world.at(executeAt, Phase.PROTOCOL, s -> execute(vessel, cargo, donor.id(), receiver.id(), chosen.toTerminalId(),
                purpose, promised));
    }

    private void execute(VesselAgent vessel, Candidate cargo, String donorId, String receiverId, String toTerminal,
            Purpose purpose, Arrival promised) {
        double now = world.now();
        pending.remove(promised);
        if (!vessel.redirectable() || !cargo.cargoId().equals(vessel.cargoId())) {
            world.publish(new ReleaseLapsed(now, cargo.cargoId(), donorId, receiverId, "already at berth or discharged"));
            return;
        }
        double massT = vessel.cargoMassT();
        if (!vessel.redirect(toTerminal, purpose.label() + " redirection from " + donorId + " to " + receiverId, true)) {
            world.publish(new ReleaseLapsed(now, cargo.cargoId(), donorId, receiverId, "no open route to " + toTerminal));
            return;
        }
        movedByProtocol.add(cargo.cargoId());
        world.publish(new CargoRedirected(now, purpose, donorId, receiverId, cargo.cargoId(), vessel.id(), toTerminal,
                massT, Units.daysToHours(cargo.extraSailingDays()) * vessel.fleet().speedKn(), cargo.extraSailingDays()));
        if (purpose == Purpose.EMERGENCY) {
            ledger.owe(receiverId, donorId, massT, now + Units.daysToHours(rules.paybackWindowDays()));
        } else {
            double repaid = ledger.repay(donorId, receiverId, massT);
            world.publish(DebtSettled.inKind(now, donorId, receiverId, repaid, cargo.cargoId()));
        }
    }

    private ProtocolParty party(String id) {
        return parties.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }
}
