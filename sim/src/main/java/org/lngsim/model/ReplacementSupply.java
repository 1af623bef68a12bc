package org.lngsim.model;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Supply lost net of the cargoes that replace it: what an allocation order should count when it
 * decides whether to stay in force. Pure.
 *
 * <p>The contracted loss is a rate (the contracts' annual volumes that cannot come now, in mmscmd);
 * replacement cargoes arrive whole. A cargo counts as replacement supply spread over the
 * {@code windowDays} after it was delivered: the rate it adds is its gas over the window, so a
 * 70,000 t cargo counted over 30 days replaces 70,000 × 1,360 m3 ÷ 30 ≈ 3.2 mmscmd for those days.
 * The net loss is the contracted loss less that rate, and never below zero (replacements beyond
 * the loss do not make the supply "more than whole": the order then simply has nothing to count).
 *
 * <p>Only cargoes delivered while contracted supply is lost are replacements: an ordinary spot
 * purchase made before a loss began replaced nothing, and when the loss ends the counted cargoes
 * are forgotten, so a later loss starts from none.
 */
public final class ReplacementSupply {

    private final double windowDays;
    /** Cargoes counted: delivery day and mass (t), oldest first. */
    private final Deque<double[]> counted = new ArrayDeque<>();
    private boolean supplyLost;

    public ReplacementSupply(double windowDays) {
        if (!(windowDays > 0)) {
            throw new IllegalArgumentException("a replacement window of " + windowDays + " days");
        }
        this.windowDays = windowDays;
    }

    /**
     * A cargo of {@code massT} delivered on {@code day}; whether it counts as a replacement (only
     * while supply is lost, as of the last {@link #netLostMmscmd} review).
     */
    public boolean delivered(double day, double massT) {
        if (!supplyLost) {
            return false;
        }
        counted.addLast(new double[] {day, massT});
        return true;
    }

    /** The replacement supply on {@code day}: cargoes delivered within the window before it, at their rate over the window (mmscmd). */
    public double replacementMmscmd(double day) {
        while (!counted.isEmpty() && counted.peekFirst()[0] <= day - windowDays) {
            counted.removeFirst();
        }
        double massT = 0;
        for (double[] cargo : counted) {
            massT += cargo[1];
        }
        return Units.tPerDayToMmscmd(massT / windowDays);
    }

    /**
     * Reviews the day: the contracted supply lost today ({@code lostMmscmd}) less the replacement
     * supply, not below zero. With no contracted loss the counted cargoes are forgotten.
     */
    public double netLostMmscmd(double day, double lostMmscmd) {
        supplyLost = lostMmscmd > 0;
        if (!supplyLost) {
            counted.clear();
            return 0.0;
        }
        return Math.max(0.0, lostMmscmd - replacementMmscmd(day));
    }

    public double windowDays() {
        return windowDays;
    }
}
