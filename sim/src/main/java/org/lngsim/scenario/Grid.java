package org.lngsim.scenario;

import java.util.List;

/**
 * A power grid dispatched hourly: demand, non-gas supply, gas-fired plant, backups. At most one
 * of {@code fuelConservation} (the older rule, kept for comparison) and
 * {@code fuelLimitedOperation} is enabled.
 */
public record Grid(String id, String name, GridFuel fuel, double annualDemandTWh, DemandProfile demandShape,
        List<Generator> generation, double gasCapacityMW, double gasHeatRateTPerGWh, double oilBackupMW,
        double demandResponseMW, FuelConservation fuelConservation, FuelLimitedOperation fuelLimitedOperation,
        String source) {

    public Grid {
        generation = List.copyOf(generation);
    }
}
