package org.lngsim.output;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.lngsim.events.AllocationOrderInForce;
import org.lngsim.events.AllocationOrderLifted;
import org.lngsim.events.ReplacementCounted;
import org.lngsim.events.CargoAtSeaAtEnd;
import org.lngsim.events.CargoAtSeaAtStart;
import org.lngsim.events.CargoCancelled;
import org.lngsim.events.CargoLoaded;
import org.lngsim.events.CargoUnloaded;
import org.lngsim.events.ChokepointDecided;
import org.lngsim.events.EventListener;
import org.lngsim.events.GasDemandDay;
import org.lngsim.events.GridHour;
import org.lngsim.events.PoolDay;
import org.lngsim.events.ProgrammeStarted;
import org.lngsim.events.RegionDay;
import org.lngsim.events.SectorDay;
import org.lngsim.events.SimEvent;
import org.lngsim.events.TerminalDay;
import org.lngsim.model.Units;
import org.lngsim.scenario.AllocationMode;
import org.lngsim.scenario.GasPool;
import org.lngsim.scenario.Grid;
import org.lngsim.scenario.Levers;
import org.lngsim.scenario.ProfileBasis;
import org.lngsim.scenario.Scenario;

/**
 * Builds the {@link RunSummary} from events as they pass. Holds running totals per entity (a
 * fixed number, set by the scenario) and the importers' stock of at most two open days, so its
 * memory does not grow with the horizon.
 */
final class SummaryCollector implements EventListener {

    /** Unserved power below this is rounding noise of the dispatch, not a shortfall. */
    static final double SHORTFALL_THRESHOLD_MW = 1e-6;
    private static final double MW_TO_GW = 1e-3;

    private final Scenario scenario;
    private final long seed;
    private final Map<String, GridTally> grids = new LinkedHashMap<>();
    private final Map<String, PoolTally> pools = new LinkedHashMap<>();
    private final Map<String, DemandTally> gasDemands = new LinkedHashMap<>();
    private final Map<String, ImporterTally> importers = new LinkedHashMap<>();
    private final Map<String, TerminalTally> terminals = new LinkedHashMap<>();
    private final Map<String, Double> minDaysOfCoverByRegion = new LinkedHashMap<>();
    /** Day → importer → summed end-of-day terminal stock (t), for days that may still get observations. */
    private final TreeMap<Integer, Map<String, Double>> openStockDays = new TreeMap<>();
    /** Day → importer → summed end-of-day power utilities' stock (t), from regions that declare the share. */
    private final TreeMap<Integer, Map<String, Double>> openUtilityStockDays = new TreeMap<>();
    private final Map<String, Long> eventCounts = new TreeMap<>();
    /** Chokepoint → what ships that decide chose there; sorted by id so the JSON is stable. */
    private final Map<String, RunSummary.ChokepointDecisions> decisions = new TreeMap<>();
    private final MassLedger mass = new MassLedger();
    private final ProtocolTally protocol;
    private final LeverTally levers;
    private final ProgrammeTally programmes = new ProgrammeTally();
    private final MarketTally market;
    private RunSummary summary;

    SummaryCollector(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
        this.protocol = new ProtocolTally(scenario.protocolEnabled());
        this.levers = new LeverTally(scenario.levers());
        this.market = new MarketTally(scenario);
        // Scenario order first, so the summary lists entities the way the scenario does.
        scenario.grids().forEach(g -> grids.put(g.id(), new GridTally()));
        scenario.gasPools().forEach(p -> pools.put(p.id(), new PoolTally(p, allocationMode(scenario, p))));
        scenario.gasDemands().forEach(d -> gasDemands.put(d.id(), new DemandTally()));
        scenario.importers().forEach(i -> importers.put(i.id(), new ImporterTally()));
        scenario.terminals().forEach(t -> terminals.put(t.id(), new TerminalTally(t.regasCapacityMtpa())));
    }

    @Override
    public void on(SimEvent event) {
        if (summary != null) {
            throw new IllegalStateException("event after finish: " + event.type());
        }
        eventCounts.merge(event.type(), 1L, Long::sum);
        market.add(event);
        if (event instanceof GridHour e) {
            grids.computeIfAbsent(e.gridId(), id -> new GridTally()).add(e);
        } else if (event instanceof PoolDay e) {
            pools.computeIfAbsent(e.poolId(), id -> new PoolTally(null, AllocationMode.PRIORITY_FLOORS)).add(e);
            levers.add(e);
        } else if (event instanceof SectorDay e) {
            pools.computeIfAbsent(e.poolId(), id -> new PoolTally(null, AllocationMode.PRIORITY_FLOORS)).add(e);
        } else if (event instanceof AllocationOrderInForce e) {
            pools.computeIfAbsent(e.poolId(), id -> new PoolTally(null, AllocationMode.PRIORITY_FLOORS)).orderInForce(true);
        } else if (event instanceof AllocationOrderLifted e) {
            pools.computeIfAbsent(e.poolId(), id -> new PoolTally(null, AllocationMode.PRIORITY_FLOORS)).orderInForce(false);
        } else if (event instanceof ReplacementCounted e) {
            pools.computeIfAbsent(e.poolId(), id -> new PoolTally(null, AllocationMode.PRIORITY_FLOORS)).replacement(e.massT());
        } else if (event instanceof GasDemandDay e) {
            gasDemands.computeIfAbsent(e.demandId(), id -> new DemandTally()).add(e);
        } else if (event instanceof TerminalDay e) {
            terminals.computeIfAbsent(e.terminalId(), id -> new TerminalTally(0)).add(e);
            addStock(e);
        } else if (event instanceof RegionDay e) {
            addUtilityStock(e);
            if (Double.isFinite(e.daysOfCover())) {
                minDaysOfCoverByRegion.merge(e.regionId(), e.daysOfCover(), Math::min);
            }
        } else if (event instanceof CargoUnloaded e) {
            importer(e.importerId()).delivered(e.deliveredT());
            mass.unloaded(e);
        } else if (event instanceof CargoCancelled e) {
            importer(e.importerId()).cancelled++;
        } else if (event instanceof CargoLoaded e) {
            mass.loaded(e);
        } else if (event instanceof CargoAtSeaAtStart e) {
            mass.atSeaAtStart(e);
        } else if (event instanceof CargoAtSeaAtEnd e) {
            mass.atSeaAtEnd(e);
        } else if (event instanceof ProgrammeStarted e) {
            programmes.add(e);
        } else if (event instanceof ChokepointDecided e) {
            decisions.merge(e.chokepointId(), new RunSummary.ChokepointDecisions(e.rerouted() ? 0 : 1, e.rerouted() ? 1 : 0),
                    (a, b) -> new RunSummary.ChokepointDecisions(a.waited() + b.waited(), a.rerouted() + b.rerouted()));
        } else {
            protocol.add(event);
            levers.add(event);
        }
    }

    @Override
    public void finish() {
        if (summary != null) {
            return;
        }
        closeStockDaysBefore(Integer.MAX_VALUE);
        summary = build();
    }

    /** The summary, once the run has finished. */
    RunSummary summary() {
        if (summary == null) {
            throw new IllegalStateException("the summary is built when the run finishes");
        }
        return summary;
    }

    /** The pool's allocation mode in this run: a sectorAllocation lever for it overrides its own. */
    private static AllocationMode allocationMode(Scenario scenario, GasPool pool) {
        Levers.SectorAllocation lever = scenario.levers().sectorAllocation();
        return lever != null && lever.pool().equals(pool.id()) ? lever.mode() : pool.allocationMode();
    }

    private ImporterTally importer(String id) {
        return importers.computeIfAbsent(id, k -> new ImporterTally());
    }

    private void addStock(TerminalDay e) {
        int day = Days.of(e.timeHours());
        // End-of-day observations may arrive early in the next day (see TimeseriesCsvWriter), so a
        // day closes only when an observation two days later arrives.
        closeStockDaysBefore(day - 1);
        String importerId = e.importerId() != null ? e.importerId()
                : scenario.terminal(e.terminalId()).map(t -> t.importer()).orElse("");
        openStockDays.computeIfAbsent(day, d -> new LinkedHashMap<>()).merge(importerId, e.stockT(), Double::sum);
    }

    private void addUtilityStock(RegionDay e) {
        if (e.utilityStockT() == null) {
            return;
        }
        // Closed with the terminals' stock days (closeStockDaysBefore): a region reports after its terminals.
        openUtilityStockDays.computeIfAbsent(Days.of(e.timeHours()), d -> new LinkedHashMap<>())
                .merge(e.importerId(), e.utilityStockT(), Double::sum);
    }

    private void closeStockDaysBefore(int day) {
        Map<Integer, Map<String, Double>> closing = openStockDays.headMap(day, false);
        closing.values().forEach(byImporter -> byImporter.forEach((id, stockT) -> importer(id).stock(stockT)));
        closing.clear();
        Map<Integer, Map<String, Double>> closingUtility = openUtilityStockDays.headMap(day, false);
        closingUtility.values().forEach(byImporter -> byImporter.forEach((id, stockT) -> importer(id).utilityStock(stockT)));
        closingUtility.clear();
    }

    private RunSummary build() {
        Map<String, RunSummary.GridSummary> gridSummaries = new LinkedHashMap<>();
        grids.forEach((id, tally) -> gridSummaries.put(id, tally.summary(minDaysOfCoverByRegion.get(fuelRegion(id)), scenario.start())));
        Map<String, RunSummary.GasPoolSummary> poolSummaries = new LinkedHashMap<>();
        pools.forEach((id, tally) -> poolSummaries.put(id, tally.summary()));
        Map<String, RunSummary.GasDemandSummary> demandSummaries = new LinkedHashMap<>();
        gasDemands.forEach((id, tally) -> demandSummaries.put(id, tally.summary()));
        Map<String, RunSummary.ImporterSummary> importerSummaries = new LinkedHashMap<>();
        importers.forEach((id, tally) -> importerSummaries.put(id, tally.summary()));
        Map<String, RunSummary.TerminalSummary> terminalSummaries = new LinkedHashMap<>();
        terminals.forEach((id, tally) -> terminalSummaries.put(id, tally.summary(scenario.horizonDays())));
        return new RunSummary(scenario.name(), scenario.horizonDays(), seed, gridSummaries, poolSummaries,
                demandSummaries, importerSummaries, terminalSummaries, mass.summary(), eventCounts, protocol.summary(),
                levers.summary(), null, null, programmes.summary(), decisions, market.summary());
    }

    /** The region whose stock fuels a grid: its own, or the region of the gas pool it draws on. */
    private String fuelRegion(String gridId) {
        return scenario.grids().stream().filter(g -> g.id().equals(gridId)).findFirst()
                .map(Grid::fuel)
                .map(fuel -> fuel.region() != null ? fuel.region()
                        : scenario.gasPools().stream().filter(p -> p.id().equals(fuel.gasPool()))
                                .findFirst().map(GasPool::region).orElse(null))
                .orElse(null);
    }

    private static double mt(double tonnes) {
        return Round.to(tonnes / Units.T_PER_MT, Round.MT);
    }

    /** Gas of mmscmd summed over days, as t of LNG. */
    private static double mmscmdDaysToT(double mmscmdDays) {
        return mmscmdDays * Units.M3_PER_MM3 / Units.GAS_M3_PER_T;
    }

    private static final class GridTally {
        private double demandGWh;
        private double unservedGWh;
        private double peakUnservedMW;
        private long shortfallHours;
        private Integer firstShortfallDay;
        private double lngBurnedT;
        private long conservingHours;
        /** Null until an hour of the fuel-limited merit order is seen: {oil, switching, imports, response, above plan}. */
        private double[] carriedGWh;

        void add(GridHour e) {
            if (e.conserving()) {
                conservingHours++;
            }
            if (e.meritOrder()) {
                if (carriedGWh == null) {
                    carriedGWh = new double[5];
                }
                carriedGWh[0] += e.oilMW() * MW_TO_GW;
                carriedGWh[1] += e.switchingMW() * MW_TO_GW;
                carriedGWh[2] += e.extraImportMW() * MW_TO_GW;
                carriedGWh[3] += e.demandResponseMW() * MW_TO_GW;
                carriedGWh[4] += e.gasAbovePlanMW() * MW_TO_GW;
            }
            demandGWh += e.demandMW() * MW_TO_GW;
            unservedGWh += e.unservedMW() * MW_TO_GW;
            peakUnservedMW = Math.max(peakUnservedMW, e.unservedMW());
            lngBurnedT += e.fuelT();
            if (e.unservedMW() > SHORTFALL_THRESHOLD_MW) {
                shortfallHours++;
                if (firstShortfallDay == null) {
                    firstShortfallDay = Days.of(e.timeHours());
                }
            }
        }

        RunSummary.GridSummary summary(Double minDaysOfCover, java.time.LocalDate start) {
            return new RunSummary.GridSummary(Round.to(demandGWh, Round.GWH), Round.to(unservedGWh, Round.GWH),
                    Round.pct(unservedGWh, demandGWh), Round.to(peakUnservedMW, Round.MW), shortfallHours,
                    firstShortfallDay, firstShortfallDay == null ? null : start.plusDays(firstShortfallDay).toString(),
                    minDaysOfCover == null ? null : Round.to(minDaysOfCover, Round.DAYS),
                    mt(lngBurnedT), conservingHours, fuelLimited());
        }

        private RunSummary.FuelLimited fuelLimited() {
            if (carriedGWh == null) {
                return null;
            }
            return new RunSummary.FuelLimited(conservingHours, Round.to(carriedGWh[0], Round.GWH),
                    Round.to(carriedGWh[1], Round.GWH), Round.to(carriedGWh[2], Round.GWH),
                    Round.to(carriedGWh[3], Round.GWH), Round.to(carriedGWh[4], Round.GWH),
                    Round.to(unservedGWh, Round.GWH));
        }
    }

    private static final class PoolTally {
        private double demandMmscmdDays;
        private double unservedMmscmdDays;
        private final Map<String, double[]> sectors = new LinkedHashMap<>();
        /** Whether the summary reports the pool's allocation order (its mode is the order's). */
        private final boolean reportsOrder;
        /** Sector → demand and served (mmscmd·days) on days the order was in force. */
        private final Map<String, double[]> sectorsInForce = new LinkedHashMap<>();
        private boolean orderInForce;
        private long timesInForce;
        private long daysInForce;
        private long replacementCargoes;
        private double replacementT;

        PoolTally(GasPool pool, AllocationMode mode) {
            if (pool != null) {
                pool.sectors().forEach(s -> sectors.put(s.id(), new double[2]));
                pool.sectors().forEach(s -> sectorsInForce.put(s.id(), new double[2]));
            }
            this.reportsOrder = mode == AllocationMode.ALLOCATION_ORDER;
        }

        /** The order's events come before the day's sector and pool observations they govern. */
        void orderInForce(boolean inForce) {
            if (inForce && !orderInForce) {
                timesInForce++;
            }
            orderInForce = inForce;
        }

        void replacement(double massT) {
            replacementCargoes++;
            replacementT += massT;
        }

        void add(PoolDay e) {
            demandMmscmdDays += e.demandMmscmd();
            unservedMmscmdDays += e.unservedMmscmd();
            if (orderInForce) {
                daysInForce++;
            }
        }

        void add(SectorDay e) {
            double[] demandAndServed = sectors.computeIfAbsent(e.sectorId(), k -> new double[2]);
            demandAndServed[0] += e.demandMmscmd();
            demandAndServed[1] += e.servedMmscmd();
            if (orderInForce) {
                double[] inForce = sectorsInForce.computeIfAbsent(e.sectorId(), k -> new double[2]);
                inForce[0] += e.demandMmscmd();
                inForce[1] += e.servedMmscmd();
            }
        }

        RunSummary.GasPoolSummary summary() {
            Map<String, RunSummary.SectorSummary> sectorSummaries = new LinkedHashMap<>();
            sectors.forEach((id, ds) -> sectorSummaries.put(id, new RunSummary.SectorSummary(Round.pct(ds[0] - ds[1], ds[0]))));
            RunSummary.AllocationOrderSummary order = null;
            if (reportsOrder || timesInForce > 0) {
                Map<String, Double> served = new LinkedHashMap<>();
                if (daysInForce > 0) {
                    sectorsInForce.forEach((id, ds) -> served.put(id, Round.pct(ds[1], ds[0])));
                }
                order = new RunSummary.AllocationOrderSummary(timesInForce, daysInForce, served, replacementCargoes,
                        mt(replacementT));
            }
            return new RunSummary.GasPoolSummary(mt(mmscmdDaysToT(demandMmscmdDays)), mt(mmscmdDaysToT(unservedMmscmdDays)),
                    Round.pct(unservedMmscmdDays, demandMmscmdDays), sectorSummaries, order);
        }
    }

    private static final class DemandTally {
        private double requestedT;
        private double servedT;

        void add(GasDemandDay e) {
            requestedT += e.requestedT();
            servedT += e.servedT();
        }

        RunSummary.GasDemandSummary summary() {
            return new RunSummary.GasDemandSummary(mt(requestedT), mt(requestedT - servedT), Round.pct(requestedT - servedT, requestedT));
        }
    }

    private static final class ImporterTally {
        private double deliveredT;
        private long delivered;
        private long cancelled;
        private double minStockT = Double.POSITIVE_INFINITY;
        private double maxStockT = Double.NEGATIVE_INFINITY;
        private double minUtilityStockT = Double.POSITIVE_INFINITY;
        private double maxUtilityStockT = Double.NEGATIVE_INFINITY;

        void delivered(double massT) {
            deliveredT += massT;
            delivered++;
        }

        void stock(double stockT) {
            minStockT = Math.min(minStockT, stockT);
            maxStockT = Math.max(maxStockT, stockT);
        }

        void utilityStock(double stockT) {
            minUtilityStockT = Math.min(minUtilityStockT, stockT);
            maxUtilityStockT = Math.max(maxUtilityStockT, stockT);
        }

        RunSummary.ImporterSummary summary() {
            boolean observed = minStockT <= maxStockT;
            boolean utilityObserved = minUtilityStockT <= maxUtilityStockT;
            return new RunSummary.ImporterSummary(mt(deliveredT), delivered, cancelled,
                    observed ? mt(minStockT) : null, observed ? mt(maxStockT) : null,
                    utilityObserved ? mt(minUtilityStockT) : null, utilityObserved ? mt(maxUtilityStockT) : null);
        }
    }

    private static final class TerminalTally {
        private final double regasCapacityMtpa;
        private double receivedT;
        private double sendOutT;

        TerminalTally(double regasCapacityMtpa) {
            this.regasCapacityMtpa = regasCapacityMtpa;
        }

        void add(TerminalDay e) {
            receivedT += e.receivedT();
            sendOutT += e.sendOutT();
        }

        RunSummary.TerminalSummary summary(int horizonDays) {
            double capacityT = regasCapacityMtpa * Units.T_PER_MT * horizonDays / Units.DAYS_PER_YEAR;
            return new RunSummary.TerminalSummary(mt(receivedT), mt(sendOutT), Round.pct(sendOutT, capacityT));
        }
    }

    /** Arrival-referenced programmes' run start; no summary when none was published. */
    private static final class ProgrammeTally {
        private long contracts;
        private long dueAtSea;
        private long atSea;
        private double voyageHours;

        void add(ProgrammeStarted e) {
            contracts++;
            dueAtSea += e.cargoesDueAtSea();
            atSea += e.cargoesAtSea();
            voyageHours += e.nominalVoyageHours();
        }

        RunSummary.ProgrammeSummary summary() {
            if (contracts == 0) {
                return null;
            }
            return new RunSummary.ProgrammeSummary(ProfileBasis.ARRIVAL, contracts, dueAtSea, atSea,
                    Round.to(voyageHours / contracts / Units.HOURS_PER_DAY, Round.DAYS));
        }
    }

    /** Every tonne that entered shipping, and where it ended. */
    private static final class MassLedger {
        private double initialAtSeaT;
        private double loadedT;
        private double deliveredT;
        private double boilOffT;
        private double inTransitT;
        // No event loses a cargo yet (a sinking, a spill): kept so the balance has its place.
        private double lostT;

        void atSeaAtStart(CargoAtSeaAtStart e) {
            initialAtSeaT += e.massT();
        }

        void loaded(CargoLoaded e) {
            loadedT += e.massT();
        }

        void unloaded(CargoUnloaded e) {
            deliveredT += e.deliveredT();
            boilOffT += e.boilOffT();
        }

        void atSeaAtEnd(CargoAtSeaAtEnd e) {
            inTransitT += e.massT();
            boilOffT += e.boilOffT();
        }

        RunSummary.MassBalance summary() {
            double inT = initialAtSeaT + loadedT;
            double errorT = inT - deliveredT - boilOffT - inTransitT - lostT;
            return new RunSummary.MassBalance(mt(initialAtSeaT), mt(loadedT), mt(deliveredT), mt(boilOffT),
                    mt(inTransitT), mt(lostT), mt(errorT), inT > 0 ? Round.to(Math.abs(errorT) / inT, Round.RELATIVE) : 0);
        }
    }
}
