package org.lngsim.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * India's Natural Gas (Supply Regulation) Order as a rule: when it is in force and how a day's gas
 * is shared under it. Pure.
 *
 * <p>In force: once contracted supply lost to force majeure or shut routes has stayed at or above
 * the trigger share of the pool's demand for the decision lag (the government acts on supply lost,
 * within days, not when tanks reach their heel); lifted when the loss falls below the lift share
 * (below the trigger, so a loss hovering at the trigger does not flap the order on and off).
 *
 * <p>Under the order, each entitled sector is entitled to a share of its recent use and is capped
 * there: the order says what it is entitled to, not that it gets more when gas is left. Entitlements
 * are met first, by priority if even they cannot all be met; what remains goes to the sectors the
 * order names no share for, by priority, so the last in priority (petrochemicals, then power) lose
 * first. The supply shared is what is still contracted — domestic gas and the LNG whose cargoes
 * still come, at their contracted rates — not what the tanks could send out today: the government
 * shares out the supply left after the loss, and the stock in the tanks is the buffer for uneven
 * arrivals, not a reserve to burn before the cuts begin. Gas beyond the ceilings is not drawn.
 */
public final class AllocationOrder {

    /** What a day's review of the order did. */
    public enum Change {
        NONE, CAME_INTO_FORCE, LIFTED
    }

    /**
     * A sector's claim under the order.
     *
     * @param entitledPct share of {@code recentUse} the order entitles it to; null: none (takes what is left)
     * @param recentUse its average daily use before the order (same unit as demand)
     */
    public record Claim(String sectorId, int priority, double demand, Double entitledPct, double recentUse) {

        /** The most the order lets this sector have today: its entitlement (or demand, if less); demand if unentitled. */
        public double ceiling() {
            return entitledPct == null ? demand : Math.min(demand, entitledPct / 100.0 * recentUse);
        }
    }

    private final double triggerLostPct;
    private final double liftLostPct;
    private final double decisionLagDays;
    private boolean inForce;
    private double lossSinceDay = Double.NaN;

    public AllocationOrder(double triggerLostPct, double liftLostPct, double decisionLagDays) {
        if (liftLostPct > triggerLostPct) {
            throw new IllegalArgumentException("lift " + liftLostPct + "% above trigger " + triggerLostPct + "%");
        }
        this.triggerLostPct = triggerLostPct;
        this.liftLostPct = liftLostPct;
        this.decisionLagDays = decisionLagDays;
    }

    /** Reviews the order on {@code day} with {@code lostPct} of the pool's demand lost today. */
    public Change review(double day, double lostPct) {
        if (inForce) {
            if (lostPct < liftLostPct) {
                inForce = false;
                lossSinceDay = Double.NaN;
                return Change.LIFTED;
            }
            return Change.NONE;
        }
        if (lostPct < triggerLostPct) {
            lossSinceDay = Double.NaN;
            return Change.NONE;
        }
        if (Double.isNaN(lossSinceDay)) {
            lossSinceDay = day;
        }
        if (day - lossSinceDay >= decisionLagDays) {
            inForce = true;
            return Change.CAME_INTO_FORCE;
        }
        return Change.NONE;
    }

    public boolean inForce() {
        return inForce;
    }

    /** The most the pool serves under the order today: every claim's ceiling added up. */
    public static double ceiling(List<Claim> claims) {
        return claims.stream().mapToDouble(Claim::ceiling).sum();
    }

    /**
     * What the pool draws under the order: the supply still contracted ({@code contractedSupply}),
     * or less when the claims' ceilings add up to less.
     */
    public static double toDraw(List<Claim> claims, double contractedSupply) {
        return Math.max(0.0, Math.min(ceiling(claims), contractedSupply));
    }

    /** Shares {@code supply} under the order; returns served amounts in claim order. */
    public static double[] allocate(List<Claim> claims, double supply) {
        double[] served = new double[claims.size()];
        double left = Math.max(0.0, supply);
        for (boolean entitled : new boolean[] {true, false}) {
            for (int i : byPriority(claims)) {
                Claim claim = claims.get(i);
                if ((claim.entitledPct() != null) == entitled) {
                    double give = Math.min(left, claim.ceiling());
                    served[i] = give;
                    left -= give;
                }
            }
        }
        return served;
    }

    private static List<Integer> byPriority(List<Claim> claims) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> claims.get(i).priority()).thenComparingInt(i -> i));
        return order;
    }
}
