package org.lngsim.output;

import org.lngsim.events.Numbers;
import org.lngsim.runfolder.CargoColumn;
import org.lngsim.runfolder.CargoStatus;

/** What is known of one cargo while it is in flight; becomes a row of {@code cargoes.csv}. */
final class CargoRecord {

    String cargo;
    String contract;
    String vessel;
    String origin;
    String plannedDestination;
    String actualDestination;
    String importer;
    double loadedT = Double.NaN;
    double deliveredT = Double.NaN;
    double boilOffT = Double.NaN;
    double loadedHours = Double.NaN;
    double departedHours = Double.NaN;
    double arrivedHours = Double.NaN;
    double unloadedHours = Double.NaN;
    private final StringBuilder chokepoints = new StringBuilder();
    boolean redirected;
    CargoStatus status;

    void passed(String chokepoint) {
        if (chokepoints.length() > 0) {
            chokepoints.append(CargoColumn.LIST_SEPARATOR);
        }
        chokepoints.append(chokepoint);
    }

    /** True when the cargo ends somewhere other than planned (a redirection, not a new route). */
    boolean changedDestination() {
        return plannedDestination != null && actualDestination != null && !plannedDestination.equals(actualDestination);
    }

    /** The row, in {@link CargoColumn} order. */
    String[] fields() {
        // NaN formats as an empty field: "not happened" (e.g. loadedHours of a cargo at sea at start).
        return new String[] {cargo, contract, vessel, origin, plannedDestination, actualDestination, importer,
            Numbers.format(loadedT), Numbers.format(deliveredT), Numbers.format(boilOffT), Numbers.format(loadedHours),
            Numbers.format(departedHours), Numbers.format(arrivedHours), Numbers.format(unloadedHours),
            chokepoints.toString(), Boolean.toString(redirected), status.text()};
    }
}
