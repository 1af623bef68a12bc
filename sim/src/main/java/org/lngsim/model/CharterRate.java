package org.lngsim.model;

/**
 * The spot charter rate of an LNG carrier from how many ships are free to be hired. Pure.
 *
 * <p>rate = ordinary × (ordinary free ships ÷ free ships)^exponent, at least the ordinary rate and
 * at most the peak; with no free ship at all, the peak. The same shape as the price index
 * ({@link SpotPrice}): scarcity relative to the ordinary, raised to an exponent derived from one
 * published episode, to a ceiling at the highest rate assessed. A ship is free when it has no
 * voyage and can reach a plant that offers cargoes (a ship trapped behind a closure is not free).
 * More free ships than ordinary do not push the rate below the ordinary one: the ordinary rate is
 * what an owner accepts rather than lay the ship up, and lngsim has no figure for a glut's rate.
 */
public final class CharterRate {

    private final double ordinaryUsdPerDay;
    private final double peakUsdPerDay;
    private final double exponent;
    private final double ordinaryFreeShips;

    public CharterRate(double ordinaryUsdPerDay, double peakUsdPerDay, double exponent, double ordinaryFreeShips) {
        if (!(ordinaryUsdPerDay > 0) || !(peakUsdPerDay >= ordinaryUsdPerDay) || !(exponent >= 0)
                || !(ordinaryFreeShips > 0)) {
            throw new IllegalArgumentException("charter rate: ordinary " + ordinaryUsdPerDay + " USD/day, peak "
                    + peakUsdPerDay + ", exponent " + exponent + ", ordinary free ships " + ordinaryFreeShips);
        }
        this.ordinaryUsdPerDay = ordinaryUsdPerDay;
        this.peakUsdPerDay = peakUsdPerDay;
        this.exponent = exponent;
        this.ordinaryFreeShips = ordinaryFreeShips;
    }

    /** The day rate (USD/day) with {@code freeShips} ships free to be hired. */
    public double usdPerDay(int freeShips) {
        if (freeShips < 0) {
            throw new IllegalArgumentException(freeShips + " free ships");
        }
        if (freeShips == 0) {
            return peakUsdPerDay;
        }
        double scarcity = ordinaryFreeShips / freeShips;
        if (scarcity <= 1) {
            return ordinaryUsdPerDay;
        }
        return Math.min(peakUsdPerDay, ordinaryUsdPerDay * Math.pow(scarcity, exponent));
    }

    /** What hiring a ship for {@code days} at {@code usdPerDay} costs. */
    public static double costUsd(double days, double usdPerDay) {
        if (days < 0) {
            throw new IllegalArgumentException("a charter of " + days + " days");
        }
        return days * usdPerDay;
    }
}
