package org.lngsim.agents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lngsim.events.AllocationOrderInForce;
import org.lngsim.events.AllocationOrderLifted;
import org.lngsim.events.PoolDay;
import org.lngsim.events.ReplacementCounted;
import org.lngsim.events.SectorDay;
import org.lngsim.geo.Route;
import org.lngsim.model.AllocationOrder;
import org.lngsim.model.DaysOfCover;
import org.lngsim.model.PoolAllocation;
import org.lngsim.model.RecentUse;
import org.lngsim.model.ReplacementSupply;
import org.lngsim.model.Units;
import org.lngsim.scenario.AllocationMode;
import org.lngsim.scenario.Contract;
import org.lngsim.scenario.GasPool;
import org.lngsim.scenario.Levers;
import org.lngsim.scenario.Sector;
import org.lngsim.scenario.SupplyOrder;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * India's gas pool, day by day: domestic gas plus what the terminals can send out, allocated to
 * sectors by the pool's mode — priority floors, pro rata, or the allocation order (which comes into
 * force when contracted supply is lost and then caps the entitled sectors, so the pool draws less
 * LNG). Grids fuelled from the pool get their sector's served share of the day.
 */
public final class GasPoolAgent implements Steppable, UseOutlook {

    private static final long serialVersionUID = 1L;

    private final transient WorldContext world;
    private final GasPool spec;
    private final RegionAgent region;
    private final Map<String, Double> servedShare = new HashMap<>();
    private final ShortfallTracker shortfall;
    private double lngShareToday;
    private final AllocationMode mode;
    /** The order's state and the sectors' recent use; null unless the mode is the allocation order. */
    private final AllocationOrder order;
    private final RecentUse recentUse;
    /** Replacement cargoes counted against the loss; null unless the order counts them ({@code replacementWindowDays}). */
    private final ReplacementSupply replacements;
    /** The scenario contracts of the pool's region: the contracts whose loss the order counts (their cargoes replace nothing). */
    private final Set<String> ownContracts = new HashSet<>();
    /** Each sector's recent use on the day the order came into force: its entitlements are shares of this. */
    private double[] baseUse;
    private double inForceSinceDay;

    GasPoolAgent(WorldContext world, GasPool spec, RegionAgent region) {
        this.world = world;
        this.spec = spec;
        this.region = region;
        this.shortfall = new ShortfallTracker(world, spec.id(), "gas-pool", "mmscmd·day");
        spec.sectors().forEach(s -> servedShare.put(s.id(), 1.0));
        Levers.SectorAllocation allocation = world.scenario().levers().sectorAllocation();
        for (Contract contract : world.scenario().contracts()) {
            if (world.scenario().terminal(contract.terminals().get(0)).orElseThrow().region().equals(spec.region())) {
                ownContracts.add(contract.id());
            }
        }
        this.mode = allocation != null && allocation.pool().equals(spec.id()) ? allocation.mode() : spec.allocationMode();
        if (mode == AllocationMode.ALLOCATION_ORDER) {
            SupplyOrder rules = spec.supplyOrder();
            this.order = new AllocationOrder(rules.triggerLostSupplyPct(), rules.liftLostSupplyPct(),
                    rules.decisionLagDays());
            this.recentUse = new RecentUse(rules.recentUseDays(),
                    spec.sectors().stream().mapToDouble(Sector::demandMmscmd).toArray());
            this.replacements = rules.replacementWindowDays() == null ? null
                    : new ReplacementSupply(rules.replacementWindowDays());
        } else {
            this.order = null;
            this.recentUse = null;
            this.replacements = null;
        }
    }

    void begin() {
        world.at(0.0, Phase.GAS, this);
    }

    @Override
    public void step(SimState state) {
        double hour = world.now();
        List<PoolAllocation.Claim> claims = new ArrayList<>();
        double demandMmscmd = 0;
        for (Sector sector : spec.sectors()) {
            double demand = sector.demandMmscmd() * world.demandFactor(spec.id(), sector.id(), hour);
            claims.add(new PoolAllocation.Claim(sector.id(), sector.priority(), demand, sector.protectedPct()));
            demandMmscmd += demand;
        }
        ContractedSupply contracted = order == null ? null : contractedSupply(hour);
        boolean rationing = order != null && reviewOrder(hour, demandMmscmd, contracted);
        List<AllocationOrder.Claim> orderClaims = rationing ? orderClaims(claims) : List.of();
        // Under the order the pool shares the supply still contracted and the replacement cargoes
        // counted, up to what the order lets the sectors have.
        double drawFor = rationing ? AllocationOrder.toDraw(orderClaims, spec.domesticSupplyMmscmd()
                + biogasMmscmd(hour) + contracted.deliverableMmscmd() + contracted.replacementMmscmd()) : demandMmscmd;
        Sources sources = sources(drawFor, hour);
        double biogas = sources.biogasMmscmd();
        double domestic = sources.domesticMmscmd();
        double lngT = region.draw(sources.lngNeedT(), Units.HOURS_PER_DAY);
        region.hoursElapsed(Units.HOURS_PER_DAY);
        double lngMmscmd = Units.tPerDayToMmscmd(lngT);
        double supply = domestic + biogas + lngMmscmd;
        double[] served = switch (mode) {
            case PROPORTIONAL -> PoolAllocation.allocateProportional(claims, supply);
            case PRIORITY_FLOORS -> PoolAllocation.allocate(claims, supply);
            case ALLOCATION_ORDER -> rationing ? AllocationOrder.allocate(orderClaims, supply)
                    : PoolAllocation.allocate(claims, supply);
        };
        if (recentUse != null) {
            recentUse.record(served);
        }
        double servedTotal = 0;
        for (int i = 0; i < claims.size(); i++) {
            PoolAllocation.Claim claim = claims.get(i);
            servedShare.put(claim.sectorId(), claim.demand() <= 0 ? 1.0 : served[i] / claim.demand());
            servedTotal += served[i];
            world.publish(new SectorDay(hour, spec.id(), claim.sectorId(), claim.demand(), served[i]));
        }
        lngShareToday = supply <= 0 ? 0 : lngMmscmd / supply;
        double unserved = Math.max(0.0, demandMmscmd - servedTotal);
        world.publish(new PoolDay(hour, spec.id(), demandMmscmd, domestic, biogas, lngMmscmd, lngT, unserved));
        shortfall.record(hour, unserved);
        world.at(hour + Units.HOURS_PER_DAY, Phase.GAS, this);
    }

    /** Reviews the allocation order for today (publishing when it comes into force or lifts); whether it is in force. */
    private boolean reviewOrder(double hour, double demandMmscmd, ContractedSupply contracted) {
        double day = Units.hoursToDays(hour);
        double lostMmscmd = contracted.netLostMmscmd();
        double lostPct = demandMmscmd <= 0 ? 0.0 : 100.0 * lostMmscmd / demandMmscmd;
        switch (order.review(day, lostPct)) {
            case CAME_INTO_FORCE -> {
                baseUse = recentUse.averages();
                inForceSinceDay = day;
                world.publish(new AllocationOrderInForce(hour, spec.id(), lostMmscmd, lostPct,
                        contracted.replacementMmscmd(), spec.supplyOrder().triggerLostSupplyPct(), daysOfCover()));
            }
            case LIFTED -> world.publish(new AllocationOrderLifted(hour, spec.id(), lostMmscmd, lostPct,
                    contracted.replacementMmscmd(), spec.supplyOrder().liftLostSupplyPct(), daysOfCover(),
                    day - inForceSinceDay));
            case NONE -> {
            }
        }
        return order.inForce();
    }

    private List<AllocationOrder.Claim> orderClaims(List<PoolAllocation.Claim> claims) {
        List<AllocationOrder.Claim> orderClaims = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            PoolAllocation.Claim claim = claims.get(i);
            orderClaims.add(new AllocationOrder.Claim(claim.sectorId(), claim.priority(), claim.demand(),
                    spec.sectors().get(i).entitledPct(), baseUse[i]));
        }
        return orderClaims;
    }

    /**
     * The pool region's contracted LNG at annual rates (mmscmd): what can still come, what cannot,
     * the replacement cargoes counted against that loss, and the loss net of them (the order's measure).
     */
    private record ContractedSupply(double deliverableMmscmd, double lostMmscmd, double replacementMmscmd,
            double netLostMmscmd) {
    }

    /**
     * Contracted supply to the pool's region, at the contracts' annual rates, split into what can
     * come and what cannot now: the share of each contract its plant is not loading (force majeure),
     * or all of it when no route from the plant to its terminal is open. The lost part is what the
     * government counts ("supply hit by force majeure"), before any cargo fails to arrive.
     */
    private ContractedSupply contractedSupply(double hour) {
        double deliverableMt = 0;
        double lostMt = 0;
        for (Contract contract : world.scenario().contracts()) {
            TerminalAgent terminal = world.terminal(contract.terminals().get(0));
            if (!terminal.spec().region().equals(spec.region())) {
                continue;
            }
            PlantAgent plant = world.plant(contract.seller());
            Route route = world.router().route(plant.location(), terminal.location(), world.closedChokepoints());
            double deliverablePct = route.reachable() ? plant.remainingPct() : 0.0;
            deliverableMt += contract.annualMt() * deliverablePct / 100.0;
            lostMt += contract.annualMt() * (100.0 - deliverablePct) / 100.0;
        }
        double lostMmscmd = mtpaToMmscmd(lostMt);
        if (replacements == null) {
            return new ContractedSupply(mtpaToMmscmd(deliverableMt), lostMmscmd, 0.0, lostMmscmd);
        }
        double day = Units.hoursToDays(hour);
        double netLost = replacements.netLostMmscmd(day, lostMmscmd);
        return new ContractedSupply(mtpaToMmscmd(deliverableMt), lostMmscmd, replacements.replacementMmscmd(day), netLost);
    }

    /**
     * A cargo was unloaded at one of the pool region's terminals. One that none of the region's own
     * contracts accounts for — a spot cargo bought or called, an emergency cargo received — counts
     * as replacement supply if the order counts replacements and supply is lost.
     */
    void cargoUnloaded(String cargoId, String contractId, String terminalId, double massT, boolean redirected) {
        if (replacements == null || ownContracts.contains(contractId)) {
            return;
        }
        if (replacements.delivered(Units.hoursToDays(world.now()), massT)) {
            world.publish(new ReplacementCounted(world.now(), spec.id(), cargoId, contractId, terminalId, massT, redirected));
        }
    }


    /** The region whose terminals feed this pool. */
    String regionId() {
        return spec.region();
    }

    private static double mtpaToMmscmd(double mtpa) {
        return Units.tPerDayToMmscmd(mtpa * Units.T_PER_MT / Units.DAYS_PER_YEAR);
    }

    /** Compressed biogas into the pool: plants × output, ramping up linearly from the start day. */
    private double biogasMmscmd(double hour) {
        Levers.Biogas lever = world.scenario().levers().biogas();
        if (lever == null || !lever.pool().equals(spec.id())) {
            return 0.0;
        }
        double day = Units.hoursToDays(hour);
        if (day < lever.startDay()) {
            return 0.0;
        }
        double ramp = lever.rampUpDays() <= 0 ? 1.0 : Math.min(1.0, (day - lever.startDay()) / lever.rampUpDays());
        return lever.plants() * lever.tonnesPerDayPerPlant() * Units.BIOGAS_M3_PER_T / Units.M3_PER_MM3 * ramp;
    }

    /** The LNG an ordinary day needs: the sectors' demand less domestic gas and biogas. */
    @Override
    public double ordinaryUseT(int day) {
        double demandMmscmd = spec.sectors().stream().mapToDouble(Sector::demandMmscmd).sum();
        return sources(demandMmscmd, Units.daysToHours(day)).lngNeedT();
    }

    /** How a day's demand is met before the allocation: biogas first, then domestic gas, then LNG. */
    private record Sources(double biogasMmscmd, double domesticMmscmd, double lngNeedT) {
    }

    private Sources sources(double demandMmscmd, double hour) {
        double biogas = Math.min(biogasMmscmd(hour), demandMmscmd);
        double domestic = Math.min(spec.domesticSupplyMmscmd(), demandMmscmd - biogas);
        return new Sources(biogas, domestic, Units.mmscmdToTPerDay(Math.max(0.0, demandMmscmd - domestic - biogas)));
    }

    double servedShare(String sectorId) {
        return servedShare.getOrDefault(sectorId, 1.0);
    }

    double lngShareToday() {
        return lngShareToday;
    }

    /** The importer whose region this pool draws on. */
    String importerId() {
        return region.importerId();
    }

    /** Whether the government's allocation order is in force (only in the allocation-order mode). */
    boolean rationing() {
        return order != null && order.inForce();
    }

    double daysOfCover() {
        return region == null ? DaysOfCover.UNBOUNDED : region.daysOfCover();
    }

    void close(double endHour) {
        shortfall.close(endHour);
    }
}
