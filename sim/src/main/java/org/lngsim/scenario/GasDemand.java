package org.lngsim.scenario;

import java.util.List;

/** A non-power gas demand drawn from a region's terminals (city gas, an aggregate). */
public record GasDemand(String id, String name, String region, double annualMt, List<Double> monthlyProfile,
        String source) {

    public GasDemand {
        monthlyProfile = monthlyProfile == null ? null : List.copyOf(monthlyProfile);
    }
}
