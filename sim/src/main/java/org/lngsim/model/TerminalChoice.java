package org.lngsim.model;

/**
 * Which terminal of a contract's group gets the next cargo: the one furthest behind its share
 * (shares proportional to regasification capacity), skipping terminals that cannot take it.
 * Ties go to the first in the group, so the choice is deterministic. Pure.
 */
public final class TerminalChoice {

    private TerminalChoice() {
    }

    /**
     * @param capacities regas capacity of each terminal in the group
     * @param assigned   cargoes already assigned to each
     * @param usable     whether each can take the cargo now
     * @return the chosen index, or -1 when none is usable
     */
    public static int choose(double[] capacities, long[] assigned, boolean[] usable) {
        double total = 0;
        long count = 0;
        for (int i = 0; i < capacities.length; i++) {
            total += capacities[i];
            count += assigned[i];
        }
        int best = -1;
        double bestDeficit = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < capacities.length; i++) {
            if (!usable[i]) {
                continue;
            }
            double deficit = capacities[i] / total * (count + 1) - assigned[i];
            if (deficit > bestDeficit + 1e-12) {
                bestDeficit = deficit;
                best = i;
            }
        }
        return best;
    }
}
