package org.lngsim.scenario;

import java.util.List;

/** Relative demand factors by month, weekday (Monday first) and hour; normalised by the model. */
public record DemandShape(List<Double> monthly, List<Double> weekday, List<Double> hourly) {

    public DemandShape {
        monthly = List.copyOf(monthly);
        weekday = List.copyOf(weekday);
        hourly = List.copyOf(hourly);
    }
}
