package org.lngsim.runfolder.read;

import java.util.List;
import org.lngsim.runfolder.CargoStatus;

/**
 * One row of {@code cargoes.csv}: what the charts need. Times in hours from the scenario start,
 * NaN when the cargo never reached that step.
 */
public record CargoRow(String cargo, String contract, String origin, String plannedDestination,
        String actualDestination, String importer, double deliveredT, double departedHours, double arrivedHours, double unloadedHours,
        List<String> chokepoints, boolean redirected, CargoStatus status) {

    public CargoRow {
        chokepoints = List.copyOf(chokepoints);
    }

    /** True when the cargo was discharged at a terminal (cancelled and at-sea cargoes were not). */
    public boolean delivered() {
        return !Double.isNaN(unloadedHours) && deliveredT > 0;
    }
}
