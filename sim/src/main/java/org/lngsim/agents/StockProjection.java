package org.lngsim.agents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.lngsim.model.Units;
import org.lngsim.protocol.Arrival;
import org.lngsim.protocol.CoverProjection;
import org.lngsim.protocol.PendingReleases;
import org.lngsim.protocol.Stock;

/**
 * The protocol's view of the world's stock: for a party, a region or a terminal, the usable
 * tonnes now, the use expected day by day over the look-ahead, and the arrivals expected in it —
 * the {@link Stock}s the protocol's rules project cover from. Arrivals are cargoes at sea (not
 * already promised elsewhere, not held at a closed strait) and contract cargoes scheduled within
 * the look-ahead.
 */
final class StockProjection {

    private final WorldContext world;
    private final List<ContractAgent> contracts;
    private final double lookAheadDays;
    private final PendingReleases pending;

    StockProjection(WorldContext world, List<ContractAgent> contracts, double lookAheadDays, PendingReleases pending) {
        this.world = world;
        this.contracts = contracts;
        this.lookAheadDays = lookAheadDays;
        this.pending = pending;
    }

    /** A region's stock, and that of each of its terminals by id. */
    record RegionStocks(Stock region, Map<String, Stock> terminals) {
    }

    /** The party's stock as its own request sees it: counting the releases promised to it. */
    Stock requesterStock(ProtocolParty party) {
        List<Arrival> arrivals = arrivalsFor(party.id());
        arrivals.addAll(pending.arrivalsFor(party.id()));
        return new Stock(usableT(party), useOutlookT(party), arrivals);
    }

    /** The party's lowest projected cover, not counting releases promised to it (how donors and debtors are judged). */
    double minCoverDays(ProtocolParty party) {
        return CoverProjection.minCoverDays(usableT(party), useOutlookT(party), arrivalsFor(party.id()), world.now(),
                lookAheadDays);
    }

    /** The region's lowest projected cover. */
    double minCoverDays(RegionAgent region) {
        return CoverProjection.minCoverDays(region.usableT(), region.useOutlookT(outlookDays()),
                arrivalsTo(terminalId -> regionOf(terminalId).equals(region.id())), world.now(), lookAheadDays);
    }

    /**
     * The region's stock, and each terminal's: the region draws on its terminals in proportion to
     * what each can send out, so each has that share of the region's expected use.
     */
    RegionStocks regionStocks(RegionAgent region) {
        double[] regionUseT = region.useOutlookT(outlookDays());
        List<Arrival> regionArrivals = new ArrayList<>();
        Map<String, List<Arrival>> arrivalsByTerminal = new HashMap<>();
        forEachArrival(terminalId -> regionOf(terminalId).equals(region.id()), (terminalId, arrival) -> {
            regionArrivals.add(arrival);
            arrivalsByTerminal.computeIfAbsent(terminalId, k -> new ArrayList<>()).add(arrival);
        });
        Map<String, Stock> terminalStocks = new HashMap<>();
        for (TerminalAgent terminal : region.terminals()) {
            double share = region.sendOutShare(terminal);
            double[] terminalUseT = new double[regionUseT.length];
            for (int d = 0; d < regionUseT.length; d++) {
                terminalUseT[d] = regionUseT[d] * share;
            }
            terminalStocks.put(terminal.id(), new Stock(terminal.usableT(), terminalUseT,
                    arrivalsByTerminal.getOrDefault(terminal.id(), List.of())));
        }
        return new RegionStocks(new Stock(region.usableT(), regionUseT, regionArrivals), terminalStocks);
    }

    /** The region a terminal belongs to; "" for none (a ship with no cargo). */
    String regionOf(String terminalId) {
        return terminalId == null ? "" : world.terminal(terminalId).spec().region();
    }

    private String importerOf(String terminalId) {
        return terminalId == null ? "" : world.terminal(terminalId).spec().importer();
    }

    private List<Arrival> arrivalsFor(String partyId) {
        return arrivalsTo(terminalId -> importerOf(terminalId).equals(partyId));
    }

    private List<Arrival> arrivalsTo(Predicate<String> bound) {
        List<Arrival> arrivals = new ArrayList<>();
        forEachArrival(bound, (terminalId, arrival) -> arrivals.add(arrival));
        return arrivals;
    }

    /** The arrivals at the terminals {@code bound} accepts, each handed over with the terminal it is bound for. */
    private void forEachArrival(Predicate<String> bound, BiConsumer<String, Arrival> sink) {
        for (VesselAgent vessel : world.vessels()) {
            if (vessel.cargoId() != null && !pending.contains(vessel.cargoId()) && bound.test(vessel.cargoTerminalId())) {
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
                contract.scheduledArrivals(now, now + Units.daysToHours(lookAheadDays))
                        .forEach(arrival -> sink.accept(terminalId, arrival));
            }
        }
    }

    private static double usableT(ProtocolParty party) {
        return party.regions().stream().mapToDouble(RegionAgent::usableT).sum();
    }

    /** The party's expected use for today and each day of the look-ahead: its regions' outlooks added. */
    private double[] useOutlookT(ProtocolParty party) {
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
        return CoverProjection.entries(lookAheadDays) - 1;
    }
}
