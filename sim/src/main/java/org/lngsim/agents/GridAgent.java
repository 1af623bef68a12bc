package org.lngsim.agents;

import org.lngsim.events.GridHour;
import org.lngsim.model.Clock;
import org.lngsim.model.DemandShape;
import org.lngsim.model.FuelLimitedDispatch;
import org.lngsim.model.GridDispatch;
import org.lngsim.scenario.FuelConservation;
import org.lngsim.scenario.FuelLimitedOperation;
import org.lngsim.scenario.Generator;
import org.lngsim.scenario.Grid;
import org.lngsim.scenario.TieImports;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A power grid, hour by hour: demand from its shape and shocks; non-gas supply; gas-fired output
 * limited by capacity, by the operator's fuel rule when cover is low, and by the fuel its region's
 * terminals (or its gas pool's sector) can give; then oil backup and demand response, with fuel
 * switching and extra tie imports before demand response when the grid runs fuel-limited
 * operation ({@link FuelLimitedDispatch}).
 */
public final class GridAgent implements Steppable, UseOutlook {

    private static final long serialVersionUID = 1L;

    private final transient WorldContext world;
    private final Grid spec;
    private final DemandShape shape;
    private final RegionAgent region;
    private final GasPoolAgent pool;
    private final ShortfallTracker shortfall;
    /** Ordinary daily fuel by month and weekday (month * 7 + weekday), worked out when first asked. */
    private final double[] ordinaryFuelT = new double[12 * 7];
    private final boolean[] ordinaryFuelKnown = new boolean[12 * 7];

    GridAgent(WorldContext world, Grid spec, RegionAgent region, GasPoolAgent pool) {
        this.world = world;
        this.spec = spec;
        this.shape = new DemandShape(spec.annualDemandTWh(), spec.demandShape().monthly(),
                spec.demandShape().weekday(), spec.demandShape().hourly());
        this.region = region;
        this.pool = pool;
        this.shortfall = new ShortfallTracker(world, spec.id(), "grid", "MWh");
    }

    void begin() {
        world.at(0.0, Phase.GRID, this);
    }

    @Override
    public void step(SimState state) {
        double hour = world.now();
        Clock clock = world.clock();
        int hourOfDay = Clock.hourOfDay(hour);
        double demandMW = shape.demandMW(clock.month(hour), clock.weekday(hour), hourOfDay)
                * world.demandFactor(spec.id(), null, hour);
        double nonGasMW = nonGasMW(hourOfDay);
        FuelLimitedOperation limited = spec.fuelLimitedOperation();
        if (limited != null && limited.enabled()) {
            stepFuelLimited(hour, hourOfDay, demandMW, nonGasMW, limited);
        } else {
            stepConserving(hour, demandMW, nonGasMW);
        }
        world.at(hour + 1.0, Phase.GRID, this);
    }

    /** The older rule (or none): gas capped while conserving, then oil backup, demand response, unserved. */
    private void stepConserving(double hour, double demandMW, double nonGasMW) {
        boolean conserving = conserving();
        double gasCapMW = spec.gasCapacityMW() * (conserving ? spec.fuelConservation().gasOutputCapPct() / 100.0 : 1.0);
        double wantedGasMW = wantedGasMW(demandMW, nonGasMW, gasCapMW);
        double fuelLimitMW = fuelLimitMW(wantedGasMW);
        GridDispatch.Result result = GridDispatch.dispatch(new GridDispatch.Inputs(demandMW, nonGasMW, gasCapMW,
                fuelLimitMW, spec.oilBackupMW(), spec.demandResponseMW()));
        double fuelT = fuelT(result.gasMW());
        world.publish(new GridHour(hour, spec.id(), demandMW, result.nonGasMW(), result.gasMW(), result.oilMW(),
                result.demandResponseMW(), result.unservedMW(), lngShare(fuelT), conserving));
        shortfall.record(hour, result.unservedMW());
    }

    /**
     * Fuel-limited operation: gas held to the fuel plan while cover is below the trigger, and any
     * gas shortfall carried by oil backup, fuel switching, extra tie imports, demand response and
     * then the gas the plan held back. A region-fuelled grid draws its fuel in two steps, since
     * only what is burned may leave the tanks: first what the plan allows, then, if load is still
     * unserved after demand response, the gas above the plan.
     */
    private void stepFuelLimited(double hour, int hourOfDay, double demandMW, double nonGasMW,
            FuelLimitedOperation limited) {
        boolean fuelLimited = FuelLimitedDispatch.fuelLimited(daysOfCover(), limited.triggerDaysOfCover());
        double gasPlanMW = FuelLimitedDispatch.gasPlanMW(spec.gasCapacityMW(), fuelLimited, limited.gasOutputCapPct());
        double switchingMW = limited.switching() == null ? 0.0 : limited.switching().headroomMW();
        double importHeadroomMW = importHeadroomMW(limited.imports(), hourOfDay);
        double gasFuelMW = fuelLimitMW(wantedGasMW(demandMW, nonGasMW, gasPlanMW));
        FuelLimitedDispatch.Result result = FuelLimitedDispatch.dispatch(new FuelLimitedDispatch.Inputs(demandMW,
                nonGasMW, spec.gasCapacityMW(), gasPlanMW, gasFuelMW, spec.oilBackupMW(), switchingMW,
                importHeadroomMW, spec.demandResponseMW()));
        if (region != null && result.unservedMW() > 0 && result.gasMW() < spec.gasCapacityMW()) {
            double aboveMW = fuelLimitMW(Math.min(result.unservedMW(), spec.gasCapacityMW() - result.gasMW()));
            if (aboveMW > 0) {
                result = FuelLimitedDispatch.dispatch(new FuelLimitedDispatch.Inputs(demandMW, nonGasMW,
                        spec.gasCapacityMW(), gasPlanMW, gasFuelMW + aboveMW, spec.oilBackupMW(), switchingMW,
                        importHeadroomMW, spec.demandResponseMW()));
            }
        }
        double fuelT = fuelT(result.gasMW());
        world.publish(new GridHour(hour, spec.id(), demandMW, result.nonGasMW(), result.gasMW(), result.oilMW(),
                result.demandResponseMW(), result.unservedMW(), lngShare(fuelT), fuelLimited, result.switchingMW(),
                result.extraImportMW(), result.gasAbovePlanMW()));
        shortfall.record(hour, result.unservedMW());
    }

    /** Tie imports available above the ordinary transfers of this hour; none without ties. */
    private double importHeadroomMW(TieImports imports, int hourOfDay) {
        if (imports == null) {
            return 0.0;
        }
        for (Generator generator : spec.generation()) {
            if (generator.id().equals(imports.generator())) {
                return FuelLimitedDispatch.importHeadroomMW(imports.tieLimitMW(), outputMW(generator, hourOfDay));
            }
        }
        throw new IllegalStateException("tie imports name generator '" + imports.generator()
                + "', which the loader should have rejected");
    }

    /** For a region-fuelled grid, draws the fuel for the wanted output and returns what it can burn. */
    private double fuelLimitMW(double wantedGasMW) {
        if (region != null) {
            double wantedT = fuelT(wantedGasMW);
            double servedT = region.draw(wantedT, 1.0);
            region.hoursElapsed(Clock.hourOfDay(world.now()) + 1);
            return servedT * 1000.0 / spec.gasHeatRateTPerGWh();
        }
        return spec.gasCapacityMW() * pool.servedShare(spec.fuel().sector());
    }

    /** LNG burned: all the fuel of a region-fuelled grid, the pool's LNG share for a pool-fuelled one. */
    private double lngShare(double fuelT) {
        return region != null ? fuelT : fuelT * pool.lngShareToday();
    }

    private boolean conserving() {
        FuelConservation rule = spec.fuelConservation();
        if (rule == null || !rule.enabled()) {
            return false;
        }
        return daysOfCover() < rule.triggerDaysOfCover();
    }

    /** Days of cover of the fuel the grid burns: its region's, or its gas pool's. */
    private double daysOfCover() {
        return region != null ? region.daysOfCover() : pool.daysOfCover();
    }

    private double nonGasMW(int hourOfDay) {
        double total = 0;
        for (Generator generator : spec.generation()) {
            total += outputMW(generator, hourOfDay);
        }
        return total;
    }

    /** A generator's ordinary output in an hour: available capacity shaped by its hourly profile. */
    private static double outputMW(Generator generator, int hourOfDay) {
        double profile = generator.hourlyProfile() == null ? 1.0 : generator.hourlyProfile().get(hourOfDay);
        return generator.capacityMW() * generator.availabilityPct() / 100.0 * profile;
    }

    /**
     * The fuel an ordinary day of this month and weekday burns: hour by hour, the gas plant fills
     * what non-gas supply leaves, up to its capacity, with no fuel limit and no conservation.
     */
    @Override
    public double ordinaryUseT(int day) {
        int month = world.clock().monthOn(day);
        int weekday = world.clock().weekdayOn(day);
        int key = month * 7 + weekday;
        if (!ordinaryFuelKnown[key]) {
            double fuelT = 0;
            for (int hourOfDay = 0; hourOfDay < 24; hourOfDay++) {
                fuelT += fuelT(wantedGasMW(shape.demandMW(month, weekday, hourOfDay), nonGasMW(hourOfDay),
                        spec.gasCapacityMW()));
            }
            ordinaryFuelT[key] = fuelT;
            ordinaryFuelKnown[key] = true;
        }
        return ordinaryFuelT[key];
    }

    /** Gas-fired output wanted: what non-gas supply leaves, up to the gas plant's capacity. */
    private static double wantedGasMW(double demandMW, double nonGasMW, double gasCapMW) {
        return Math.min(gasCapMW, Math.max(0.0, demandMW - nonGasMW));
    }

    /** LNG burned in an hour at {@code gasMW}. */
    private double fuelT(double gasMW) {
        return gasMW * spec.gasHeatRateTPerGWh() / 1000.0;
    }

    void close(double endHour) {
        shortfall.close(endHour);
    }
}
