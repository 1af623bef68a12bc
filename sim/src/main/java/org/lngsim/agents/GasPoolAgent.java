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
import org.lngsim.scenario.Sector;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * India's gas pool, day by day: domestic gas plus what the terminals can send out, allocated to
 * sectors by priority (protected shares first). Grids fuelled from the pool get their sector's
 * served share of the day.
 */
public final class GasPoolAgent implements Steppable {

    private static final long serialVersionUID = 1L;

    private final transient WorldContext world;
    private final GasPool spec;
    private final RegionAgent region;
    private final Map<String, Double> servedShare = new HashMap<>();
    private final ShortfallTracker shortfall;
    private double lngShareToday;

    GasPoolAgent(WorldContext world, GasPool spec, RegionAgent region) {
        this.world = world;
        this.spec = spec;
        this.region = region;
        this.shortfall = new ShortfallTracker(world, spec.id(), "gas-pool", "mmscmd·day");
        spec.sectors().forEach(s -> servedShare.put(s.id(), 1.0));
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
        double domestic = Math.min(spec.domesticSupplyMmscmd(), demandMmscmd);
        double lngNeedT = Units.mmscmdToTPerDay(Math.max(0.0, demandMmscmd - domestic));
        double lngT = region.draw(lngNeedT, 24.0);
        region.hoursElapsed(24);
        double lngMmscmd = Units.tPerDayToMmscmd(lngT);
        double[] served = PoolAllocation.allocate(claims, domestic + lngMmscmd);
        double servedTotal = 0;
        for (int i = 0; i < claims.size(); i++) {
            PoolAllocation.Claim claim = claims.get(i);
            servedShare.put(claim.sectorId(), claim.demand() <= 0 ? 1.0 : served[i] / claim.demand());
            servedTotal += served[i];
            world.publish(new SectorDay(hour, spec.id(), claim.sectorId(), claim.demand(), served[i]));
        }
        lngShareToday = domestic + lngMmscmd <= 0 ? 0 : lngMmscmd / (domestic + lngMmscmd);
        double unserved = Math.max(0.0, demandMmscmd - servedTotal);
        world.publish(new PoolDay(hour, spec.id(), demandMmscmd, domestic, lngMmscmd, lngT, unserved));
        shortfall.record(hour, unserved);
        world.at(hour + 24.0, Phase.GAS, this);
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
