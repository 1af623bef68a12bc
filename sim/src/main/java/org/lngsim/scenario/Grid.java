package org.lngsim.scenario;

import java.util.List;

/** A power grid dispatched hourly: demand, non-gas supply, gas-fired plant, backups. */
public record Grid(String id, String name, GridFuel fuel, double annualDemandTWh, DemandProfile demandShape,
        List<Generator> generation, double gasCapacityMW, double gasHeatRateTPerGWh, double oilBackupMW,
        double demandResponseMW, FuelConservation fuelConservation, String source) {

    public Grid {
        generation = List.copyOf(generation);
    }
}
