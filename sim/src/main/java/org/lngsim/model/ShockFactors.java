package org.lngsim.model;

import java.util.List;

/** The demand factor of a target at an hour: the product of the shocks that apply. Pure. */
public final class ShockFactors {

    private ShockFactors() {
    }

    /** A shock on {@code target} (and, for a gas pool, optionally one {@code sector}). */
    public record Shock(String target, String sector, double startHour, double endHour, double factor) {
    }

    public static double factor(List<Shock> shocks, String target, String sector, double hour) {
        double factor = 1.0;
        for (Shock shock : shocks) {
            boolean sameTarget = shock.target().equals(target);
            boolean sectorMatches = shock.sector() == null || shock.sector().equals(sector);
            if (sameTarget && sectorMatches && hour >= shock.startHour() && hour < shock.endHour()) {
                factor *= shock.factor();
            }
        }
        return factor;
    }
}
