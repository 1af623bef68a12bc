package org.lngsim.model;

/**
 * Which terminal of a contract's group gets the next cargo, skipping terminals that cannot take
 * it: the one furthest behind its share (shares proportional to regasification capacity), or the
 * one whose cover at the cargo's arrival is lowest, ties by share. Remaining ties go to the first
 * in the group, so the choice is deterministic. Pure.
 */
public final class TerminalChoice {

    /**
     * Covers closer than this (about a quarter of an hour of send-out) are the same to a scheduler:
     * a tie, settled by share.
     */
    public static final double COVER_TIE_DAYS = 0.01;

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

    /**
     * The usable terminal with the lowest cover (days, from {@link CoverAtArrival}); terminals
     * within {@link #COVER_TIE_DAYS} of each other tie, and a tie goes to the one furthest behind
     * its share of regas capacity, as {@link #choose} would.
     *
     * @return the chosen index, or -1 when none is usable
     */
    public static int lowestCover(double[] coverDays, boolean[] usable, double[] capacities, long[] assigned) {
        double total = 0;
        long count = 0;
        for (int i = 0; i < capacities.length; i++) {
            total += capacities[i];
            count += assigned[i];
        }
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < capacities.length; i++) {
            if (usable[i]) {
                lowest = Math.min(lowest, coverDays[i]);
            }
        }
        int best = -1;
        double bestDeficit = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < capacities.length; i++) {
            if (!usable[i] || coverDays[i] > lowest + COVER_TIE_DAYS) {
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
