package org.lngsim.agents;

import org.lngsim.model.VoyageTiming;

/**
 * A cargo aboard a vessel: where it came from and is going, and its mass, which boils off while
 * laden. Owned by the vessel that carries it.
 */
final class Cargo {

    private final String id;
    private final CargoOrder order;
    private final double loadedHour;
    private final double boilOffPctPerDay;
    private String terminalId;
    private double massT;
    private double boilOffT;
    private double massUpdatedHour;
    private final StringBuilder chokepoints = new StringBuilder();
    private boolean redirected;
    private double departedHour = Double.NaN;

    Cargo(String id, CargoOrder order, double massT, double loadedHour, double boilOffPctPerDay) {
        this.id = id;
        this.order = order;
        this.terminalId = order.terminalId();
        this.massT = massT;
        this.loadedHour = loadedHour;
        this.massUpdatedHour = Math.max(0.0, loadedHour);
        this.boilOffPctPerDay = boilOffPctPerDay;
    }

    /** Boils off what the time since the last update takes; stops being called at berth. */
    void boilOffUntil(double hour) {
        if (hour <= massUpdatedHour) {
            return;
        }
        double lost = VoyageTiming.boilOffT(massT, boilOffPctPerDay, hour - massUpdatedHour);
        massT -= lost;
        boilOffT += lost;
        massUpdatedHour = hour;
    }

    void passed(String chokepointId) {
        if (chokepoints.length() > 0) {
            chokepoints.append(';');
        }
        chokepoints.append(chokepointId);
    }

    /** A new destination; {@code byProtocol} marks a redirection under the protocol (not a diversion). */
    void redirectTo(String newTerminalId, boolean byProtocol) {
        terminalId = newTerminalId;
        redirected |= byProtocol;
    }

    void departed(double hour) {
        if (Double.isNaN(departedHour)) {
            departedHour = hour;
        }
    }

    String id() {
        return id;
    }

    CargoOrder order() {
        return order;
    }

    String terminalId() {
        return terminalId;
    }

    double massT() {
        return massT;
    }

    double boilOffT() {
        return boilOffT;
    }

    double loadedHour() {
        return loadedHour;
    }

    String chokepoints() {
        return chokepoints.toString();
    }

    boolean redirected() {
        return redirected;
    }
}
