package org.lngsim.scenario;

import java.util.List;

/** Relative demand factors by month, weekday (Monday first) and hour; normalised by the model. */
public record DemandProfile(List<Double> monthly, List<Double> weekday, List<Double> hourly) {

    public DemandProfile {
        monthly = List.copyOf(monthly);
        weekday = List.copyOf(weekday);
        hourly = List.copyOf(hourly);
    }
}
