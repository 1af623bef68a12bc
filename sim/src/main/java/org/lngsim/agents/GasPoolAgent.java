package org.lngsim.agents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lngsim.events.PoolDay;
import org.lngsim.events.SectorDay;
import org.lngsim.model.DaysOfCover;
import org.lngsim.model.PoolAllocation;
import org.lngsim.model.Units;
import org.lngsim.scenario.GasPool;
import org.lngsim.scenario.Levers;
import org.lngsim.scenario.Sector;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * India's gas pool, day by day: domestic gas plus what the terminals can send out, allocated to
 * sectors by priority (protected shares first). Grids fuelled from the pool get their sector's
 * served share of the day.
 */
public final class GasPoolAgent implements Steppable, UseOutlook {

    private static final long serialVersionUID = 1L;

    private final transient WorldContext world;
    private final GasPool spec;
    private final RegionAgent region;
    private final Map<String, Double> servedShare = new HashMap<>();
    private final ShortfallTracker shortfall;
    private double lngShareToday;
    private final boolean proportional;

    GasPoolAgent(WorldContext world, GasPool spec, RegionAgent region) {
        this.world = world;
        this.spec = spec;
        this.region = region;
        this.shortfall = new ShortfallTracker(world, spec.id(), "gas-pool", "mmscmd·day");
        spec.sectors().forEach(s -> servedShare.put(s.id(), 1.0));
        Levers.SectorAllocation allocation = world.scenario().levers().sectorAllocation();
        this.proportional = allocation != null && allocation.pool().equals(spec.id())
                && "proportional".equals(allocation.mode());
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
        Sources sources = sources(demandMmscmd, hour);
        double biogas = sources.biogasMmscmd();
        double domestic = sources.domesticMmscmd();
        double lngT = region.draw(sources.lngNeedT(), Units.HOURS_PER_DAY);
        region.hoursElapsed(Units.HOURS_PER_DAY);
        double lngMmscmd = Units.tPerDayToMmscmd(lngT);
        double supply = domestic + biogas + lngMmscmd;
        double[] served = proportional ? PoolAllocation.allocateProportional(claims, supply)
                : PoolAllocation.allocate(claims, supply);
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

    double daysOfCover() {
        return region == null ? DaysOfCover.UNBOUNDED : region.daysOfCover();
    }

    void close(double endHour) {
        shortfall.close(endHour);
    }
}
