package org.lngsim.scenario;

/**
 * The operator runs its LNG plant fuel-limited while days of cover are below a trigger, holding
 * gas-fired output to a share of capacity, and carries what gas does not give with oil backup,
 * fuel switching, extra imports over the ties and demand response, in that order, before any
 * energy goes unserved. Replaces {@link FuelConservation}, which capped gas and went straight to
 * oil backup and demand response; with {@code enabled: false} the grid dispatches as before this
 * rule existed (by its {@code fuelConservation} if that is enabled, else with no fuel rule).
 *
 * @param switching coal and oil output beyond merit, or null for none
 * @param imports extra imports over the inter-area ties, or null for none
 */
public record FuelLimitedOperation(boolean enabled, double triggerDaysOfCover, double gasOutputCapPct,
        FuelSwitching switching, TieImports imports, String source) {
}
