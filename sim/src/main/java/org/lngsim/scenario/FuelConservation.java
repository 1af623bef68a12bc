package org.lngsim.scenario;

/** The operator caps gas-fired output while days of cover are below a trigger. */
public record FuelConservation(boolean enabled, double triggerDaysOfCover, double gasOutputCapPct) {
}
