package org.lngsim.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A gas pool's day, following India's priority allocation orders: first every sector's protected
 * share in priority order (households and CNG keep 100%, fertiliser about 70%...), then what is
 * left in priority order up to each sector's full demand. Pure.
 */
public final class PoolAllocation {

    private PoolAllocation() {
    }

    /** A sector's claim for the day. */
    public record Claim(String sectorId, int priority, double demand, double protectedPct) {
    }

    /** Pro rata: every sector gets the same share of its demand (the alternative to priority orders). */
    public static double[] allocateProportional(List<Claim> claims, double supply) {
        double total = claims.stream().mapToDouble(Claim::demand).sum();
        double share = total <= 0 ? 1.0 : Math.min(1.0, Math.max(0.0, supply) / total);
        double[] served = new double[claims.size()];
        for (int i = 0; i < served.length; i++) {
            served[i] = claims.get(i).demand() * share;
        }
        return served;
    }

    /** Allocates {@code supply} (same unit as demands) to claims; returns served amounts in claim order. */
    public static double[] allocate(List<Claim> claims, double supply) {
        double[] served = new double[claims.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> claims.get(i).priority()).thenComparingInt(i -> i));
        double left = Math.max(0.0, supply);
        for (int i : order) {
            Claim claim = claims.get(i);
            double protectedAmount = claim.demand() * claim.protectedPct() / 100.0;
            double give = Math.min(left, protectedAmount);
            served[i] = give;
            left -= give;
        }
        for (int i : order) {
            double give = Math.min(left, claims.get(i).demand() - served[i]);
            served[i] += give;
            left -= give;
        }
        return served;
    }
}
