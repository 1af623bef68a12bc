package org.lngsim.scenario;

import java.util.Comparator;
import java.util.List;

/** The speed of the typical ship of a scenario: the vessel-weighted median of its fleets' speeds. */
public final class TypicalSpeed {

    private TypicalSpeed() {
    }

    public static double of(Scenario scenario) {
        List<Fleet> bySpeed = scenario.fleets().stream().sorted(Comparator.comparingDouble(Fleet::speedKn)).toList();
        long vessels = bySpeed.stream().mapToLong(Fleet::vessels).sum();
        long seen = 0;
        for (Fleet fleet : bySpeed) {
            seen += fleet.vessels();
            if (2 * seen >= vessels) {
                return fleet.speedKn();
            }
        }
        throw new IllegalStateException("a scenario has at least one fleet");
    }
}
