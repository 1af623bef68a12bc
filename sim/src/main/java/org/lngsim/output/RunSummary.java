package org.lngsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.lngsim.scenario.ProfileBasis;

/**
 * The headline metrics of a run, written as {@code summary.json}. Masses in Mt, energy in GWh,
 * shares in percent. Maps keep scenario order (then first-seen order for ids the scenario does not
 * list), so the JSON is stable; field order is declaration order.
 */
public record RunSummary(String scenario, int horizonDays, long seed, Map<String, GridSummary> grids,
        Map<String, GasPoolSummary> gasPools, Map<String, GasDemandSummary> gasDemands,
        Map<String, ImporterSummary> importers, Map<String, TerminalSummary> terminals, MassBalance massBalance,
        Map<String, Long> events, ProtocolSummary protocol, LeverSummary levers,
        @JsonInclude(JsonInclude.Include.NON_NULL) Counterfactual counterfactual,
        @JsonInclude(JsonInclude.Include.NON_NULL) Avoided avoided,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProgrammeSummary programmes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, ChokepointDecisions> chokepointDecisions,
        @JsonInclude(JsonInclude.Include.NON_NULL) MarketSummary market) {

    public RunSummary {
        chokepointDecisions = chokepointDecisions == null ? Map.of() : ordered(chokepointDecisions);
        grids = ordered(grids);
        gasPools = ordered(gasPools);
        gasDemands = ordered(gasDemands);
        importers = ordered(importers);
        terminals = ordered(terminals);
        events = ordered(events);
    }

    /**
     * This run with its counterfactual (the same scenario and seed, protocol off) and what the
     * protocol avoided: the counterfactual's unserved energy and gas minus this run's.
     */
    public RunSummary withCounterfactual(RunSummary off) {
        Map<String, Double> gridsAvoided = new LinkedHashMap<>();
        grids.forEach((id, grid) -> gridsAvoided.put(id, Round.to(off.grids().get(id).unservedGWh() - grid.unservedGWh(),
                Round.GWH)));
        Map<String, Double> poolsAvoided = new LinkedHashMap<>();
        gasPools.forEach((id, pool) -> poolsAvoided.put(id, Round.to(off.gasPools().get(id).unservedMt() - pool.unservedMt(),
                Round.MT)));
        return new RunSummary(scenario, horizonDays, seed, grids, gasPools, gasDemands, importers, terminals, massBalance,
                events, protocol, levers, new Counterfactual(off.grids(), off.gasPools(), off.importers(), off.market()),
                new Avoided(gridsAvoided, poolsAvoided), programmes, chokepointDecisions, market);
    }

    /** Reads the {@code summary.json} of a run folder back (charts and reports are made from saved files). */
    public static RunSummary read(Path summaryJson) throws IOException {
        return JsonFiles.readSummary(summaryJson);
    }

    /** An unmodifiable copy that keeps the given order (Map.copyOf would not). */
    static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * One power grid over the run.
     *
     * @param firstShortfallDay the first day with an unserved hour (day 0 is the scenario's start),
     *     or null when there was none; sweeps and programs read it
     * @param firstShortfallDate the same day as a date (ISO 8601), for a person reading the summary;
     *     absent when there was no shortfall
     * @param minDaysOfCover the lowest end-of-day days of cover of the grid's fuel region, or null
     *     when the region was never observed
     * @param fuelLimited what carried the load gas did not give, for a grid with
     *     {@code fuelLimitedOperation} enabled; absent otherwise
     */
    public record GridSummary(double demandGWh, double unservedGWh, double unservedPct, double peakUnservedMW,
            long shortfallHours, Integer firstShortfallDay,
            @JsonInclude(JsonInclude.Include.NON_NULL) String firstShortfallDate, Double minDaysOfCover,
            double lngBurnedMt, long fuelConservationHours,
            @JsonInclude(JsonInclude.Include.NON_NULL) FuelLimited fuelLimited) {

        public GridSummary {
            if ((firstShortfallDay == null) != (firstShortfallDate == null)) {
                throw new IllegalArgumentException("the first shortfall's day and date go together");
            }
        }

        /** A grid without fuel-limited operation. */
        public GridSummary(double demandGWh, double unservedGWh, double unservedPct, double peakUnservedMW,
                long shortfallHours, Integer firstShortfallDay, String firstShortfallDate, Double minDaysOfCover,
                double lngBurnedMt, long fuelConservationHours) {
            this(demandGWh, unservedGWh, unservedPct, peakUnservedMW, shortfallHours, firstShortfallDay,
                    firstShortfallDate, minDaysOfCover, lngBurnedMt, fuelConservationHours, null);
        }
    }

    /**
     * Which sources carried a grid's load beyond its gas plant's plan and non-gas merit order,
     * over the run, in the order the operator calls them: oil backup, fuel switching (coal and oil
     * beyond merit), extra imports over the ties, demand response, gas burned above the fuel plan,
     * and what was left unserved.
     *
     * @param hours hours the operator ran its gas plant fuel-limited (cover below the trigger)
     */
    public record FuelLimited(long hours, double oilBackupGWh, double fuelSwitchingGWh, double extraImportsGWh,
            double demandResponseGWh, double gasAbovePlanGWh, double unservedGWh) {
    }

    /** One gas pool over the run, its mmscmd converted to t of LNG (1 t = 1,360 m3 of gas). */
    public record GasPoolSummary(double demandMt, double unservedMt, double unservedPct,
            Map<String, SectorSummary> sectors,
            @JsonInclude(JsonInclude.Include.NON_NULL) AllocationOrderSummary allocationOrder) {

        public GasPoolSummary {
            sectors = ordered(sectors);
        }
    }

    /**
     * A pool's allocation order over the run (only for pools in the allocation-order mode).
     *
     * @param timesInForce how often it came into force
     * @param daysInForce days it was in force
     * @param servedPctInForce each sector's served share of its demand over the days in force
     *     (empty when it never was)
     * @param replacementCargoes cargoes the order counted against the loss (spot or emergency
     *     cargoes received while supply was lost); 0 when it does not count replacements
     * @param replacementMt their mass
     */
    public record AllocationOrderSummary(long timesInForce, long daysInForce, Map<String, Double> servedPctInForce,
            long replacementCargoes, double replacementMt) {

        public AllocationOrderSummary {
            servedPctInForce = ordered(servedPctInForce);
        }
    }

    public record SectorSummary(double unservedPct) {
    }

    public record GasDemandSummary(double demandMt, double unservedMt, double unservedPct) {
    }

    /**
     * One importer over the run; stock is the sum of its terminals' end-of-day stock.
     *
     * @param minStockMt null when its terminals were never observed (as is maxStockMt)
     * @param minUtilityStockMt the least end-of-day power utilities' stock (sum over regions of stock
     *     × powerUtilityStockPct / 100); absent from the JSON when no region of the importer declares
     *     the share (as is maxUtilityStockMt)
     */
    public record ImporterSummary(double deliveredMt, long cargoesDelivered, long cargoesCancelled,
            Double minStockMt, Double maxStockMt,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double minUtilityStockMt,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double maxUtilityStockMt) {
    }

    /** @param utilisationPct send-out against regas capacity over the horizon */
    public record TerminalSummary(double receivedMt, double sendOutMt, double utilisationPct) {
    }

    /**
     * Where the LNG went: {@code errorMt = initialAtSea + loaded - delivered - boilOff - inTransit - lost}
     * should be zero; {@code relativeError} is its size against everything that entered shipping.
     */
    /**
     * What the protocol did: requests made, emergency redirections executed (volume, added
     * sailing), paybacks in kind, settlements in money, and what is still owed at the end.
     */
    public record ProtocolSummary(boolean enabled, long requests, long requestsCutByCreditLimit, long redirections, double redirectedMt,
            double extraSailingDays, long lapsed, long paybacks, double repaidInKindMt, double settledInMoneyMt,
            double owedMt) {
    }

    /**
     * The market for flexible cargoes (issue 15): the price index over the run (mean, lowest,
     * highest, USD/MMBtu), the cargoes other Asian buyers took, and per importer what it bought.
     */
    public record MarketSummary(double meanPriceUsdPerMMBtu, double minPriceUsdPerMMBtu, double maxPriceUsdPerMMBtu,
            long otherAsiaCargoes, Map<String, MarketBuyer> importers,
            @JsonInclude(JsonInclude.Include.NON_NULL) CharterSummary charter) {

        public MarketSummary {
            importers = ordered(importers);
        }
    }

    /**
     * The spot fleet's charter rate over the run (only with {@code market.charter}): mean, lowest and
     * highest day rate, and the fewest ships free on a day.
     */
    public record CharterSummary(double meanUsdPerDay, double minUsdPerDay, double maxUsdPerDay, long minFreeShips) {
    }

    /**
     * One importer in the market: bids, cargoes bought, Mt, cost (million USD), average price paid,
     * bids unawarded (priced out, outbid for the last cargo, no ship); and the protocol's emergency
     * cargoes at the day's price: received (what it did not have to buy) and lent; and what the
     * ships of its cargoes cost to charter at the day's rate (beside the cargoes' cost, not in it).
     */
    public record MarketBuyer(long bids, long cargoesBought, double boughtMt, double costMillionUsd,
            double averagePriceUsdPerMMBtu, long unawardedBids, long pricedOut, long outbid, long noShip,
            double protocolReceivedMt, double protocolReceivedMillionUsd, double protocolLentMt,
            double protocolLentMillionUsd, double charterCostMillionUsd) {
    }

    /**
     * The other levers: spot cargoes called (and their cost), strategic buffer cargoes kept or
     * sold on, compressed biogas supplied, and how the gas pools shared shortfalls.
     */
    public record LeverSummary(long spotCargoesCalled, double spotMt, double spotCostMillionUsd, long bufferCargoesKept,
            long bufferCargoesSoldOn, double biogasMt, String sectorAllocation) {
    }

    /**
     * What ships that decide did at one chokepoint: decisions to wait (or keep the route through
     * it) and to go the long way. A ship may decide more than once on a voyage (at departure, at
     * the closure, at the entrance, at a change of belief), so these count decisions.
     */
    public record ChokepointDecisions(long waited, long rerouted) {
    }

    /** The same scenario and seed with the protocol off. */
    /**
     * The counterfactual run's figures: grids, gas pools, importers and, when the world has a
     * market, what each importer bought on it without the protocol (the real alternative to a lent
     * cargo is a bought one).
     */
    public record Counterfactual(Map<String, GridSummary> grids, Map<String, GasPoolSummary> gasPools,
            Map<String, ImporterSummary> importers, @JsonInclude(JsonInclude.Include.NON_NULL) MarketSummary market) {

        public Counterfactual {
            grids = ordered(grids);
            gasPools = ordered(gasPools);
            importers = ordered(importers);
        }
    }

    /** Unserved energy (GWh, per grid) and gas (Mt, per pool) avoided by the protocol. */
    public record Avoided(Map<String, Double> gridsUnservedGWh, Map<String, Double> gasPoolsUnservedMt) {

        public Avoided {
            gridsUnservedGWh = ordered(gridsUnservedGWh);
            gasPoolsUnservedMt = ordered(gasPoolsUnservedMt);
        }
    }

    /**
     * Arrival-referenced delivery programmes at the start of the run (absent from the JSON when
     * the programmes are loading-referenced): how many contracts, the cargoes due at sea at hour 0
     * and those put there, and the mean nominal voyage (loading + sailing) by which loadings
     * precede the contracted arrivals.
     */
    public record ProgrammeSummary(ProfileBasis profileBasis, long contracts, long cargoesDueAtSea, long cargoesAtSea,
            double meanNominalVoyageDays) {
    }

    public record MassBalance(double initialAtSeaMt, double loadedMt, double deliveredMt, double boilOffMt,
            double inTransitMt, double lostMt, double errorMt, double relativeError) {
    }
}
