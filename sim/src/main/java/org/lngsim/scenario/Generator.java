package org.lngsim.scenario;

import java.util.List;

/** Non-gas supply of a grid: available capacity, optionally shaped by hour of day (0..1). */
public record Generator(String id, double capacityMW, double availabilityPct, List<Double> hourlyProfile,
        String source) {

    public Generator {
        hourlyProfile = hourlyProfile == null ? null : List.copyOf(hourlyProfile);
    }
}
