package org.lngsim.model;

/**
 * The Asian spot price index as a function of the market's tightness: spot demand (cargoes a month
 * bid for) against flexible supply (cargoes a month on offer to Asian buyers).
 *
 * <p>Form: {@code price = base × (tightness / referenceTightness)^exponent}, up to a ceiling. The
 * reference tightness is the ordinary market's (all flexible supply available, only the ordinary
 * bidders), where the index stands at its base price; a power above 1 makes the price convex, as
 * short-run LNG supply is nearly fixed and buyers who must have gas bid up the last cargoes. The
 * ceiling is a parameter (the highest price ever assessed), applied openly: {@link #atCeiling}
 * says when it binds. No supply at all is the ceiling.
 */
public record SpotPrice(double basePriceUsdPerMMBtu, double exponent, double ceilingUsdPerMMBtu,
        double referenceTightness) {

    public SpotPrice {
        if (!(basePriceUsdPerMMBtu > 0) || !(exponent >= 0) || !(ceilingUsdPerMMBtu >= basePriceUsdPerMMBtu)
                || !(referenceTightness > 0)) {
            throw new IllegalArgumentException("base > 0, exponent >= 0, ceiling >= base, reference > 0 required");
        }
    }

    /** Spot demand over flexible supply; infinite when nothing is on offer. */
    public static double tightness(double demandCargoesPerMonth, double supplyCargoesPerMonth) {
        return supplyCargoesPerMonth > 0 ? demandCargoesPerMonth / supplyCargoesPerMonth : Double.POSITIVE_INFINITY;
    }

    /** The index at this tightness, in USD per MMBtu. */
    public double priceUsdPerMMBtu(double tightness) {
        return Math.min(ceilingUsdPerMMBtu, uncapped(tightness));
    }

    /** Whether the ceiling binds at this tightness. */
    public boolean atCeiling(double tightness) {
        return uncapped(tightness) >= ceilingUsdPerMMBtu;
    }

    /**
     * The tightness at which the uncapped index stands at this price (the inverse of the price
     * curve); needs a positive exponent, since a flat index has no such tightness.
     */
    public double tightnessAt(double priceUsdPerMMBtu) {
        if (!(exponent > 0) || !(priceUsdPerMMBtu > 0)) {
            throw new IllegalArgumentException("a positive exponent and price are required");
        }
        return referenceTightness * Math.pow(priceUsdPerMMBtu / basePriceUsdPerMMBtu, 1.0 / exponent);
    }

    private double uncapped(double tightness) {
        if (Double.isInfinite(tightness)) {
            return Double.POSITIVE_INFINITY;
        }
        return basePriceUsdPerMMBtu * Math.pow(tightness / referenceTightness, exponent);
    }
}
