package org.lngsim.agents;

import org.lngsim.events.GasDemandDay;
import org.lngsim.model.Clock;
import org.lngsim.model.Units;
import org.lngsim.scenario.GasDemand;
import sim.engine.SimState;
import sim.engine.Steppable;

/** A non-power gas demand (city gas, an aggregate) drawing from its region hour by hour. */
public final class GasDemandAgent implements Steppable, UseOutlook {

    private static final long serialVersionUID = 1L;

    private final transient WorldContext world;
    private final GasDemand spec;
    private final RegionAgent region;
    private final double[] monthlyFactor = new double[12];
    private final ShortfallTracker shortfall;
    private double requestedTodayT;
    private double servedTodayT;

    GasDemandAgent(WorldContext world, GasDemand spec, RegionAgent region) {
        this.world = world;
        this.spec = spec;
        this.region = region;
        this.shortfall = new ShortfallTracker(world, spec.id(), "gas-demand", "t");
        double sum = 0;
        for (int m = 0; m < 12; m++) {
            monthlyFactor[m] = spec.monthlyProfile() == null ? 1.0 : spec.monthlyProfile().get(m);
            sum += monthlyFactor[m];
        }
        for (int m = 0; m < 12; m++) {
            monthlyFactor[m] = monthlyFactor[m] * 12.0 / sum;
        }
    }

    void begin() {
        world.at(0.0, Phase.GAS, this);
    }

    @Override
    public void step(SimState state) {
        double hour = world.now();
        double requestedT = spec.annualMt() * Units.T_PER_MT / Units.HOURS_PER_YEAR
                * monthlyFactor[world.clock().month(hour)] * world.demandFactor(spec.id(), null, hour);
        double servedT = region.draw(requestedT, 1.0);
        region.hoursElapsed(Clock.hourOfDay(hour) + 1);
        requestedTodayT += requestedT;
        servedTodayT += servedT;
        shortfall.record(hour, requestedT - servedT);
        if (Clock.hourOfDay(hour) == 23) {
            world.publish(new GasDemandDay(Units.daysToHours(Clock.day(hour)), spec.id(), spec.region(), requestedTodayT, servedTodayT));
            requestedTodayT = 0;
            servedTodayT = 0;
        }
        world.at(hour + 1.0, Phase.GAS, this);
    }

    @Override
    public double ordinaryUseT(int day) {
        return spec.annualMt() * Units.T_PER_MT / Units.HOURS_PER_YEAR * Units.HOURS_PER_DAY * monthlyFactor[world.clock().monthOn(day)];
    }

    void close(double endHour) {
        shortfall.close(endHour);
    }
}
