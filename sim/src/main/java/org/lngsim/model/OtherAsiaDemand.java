package org.lngsim.model;

import java.time.Month;

/**
 * Other Asia's demand for spot cargoes (China, Korea, Taiwan, South and South-East Asia as one
 * buyer): an ordinary volume shaped by season and cut or raised by price.
 *
 * <p>Season: the winter months (December to February) take {@code winterUpliftPct} more than the
 * ordinary month and the other nine months correspondingly less, so the year's total stays the
 * ordinary volume (heating moves demand between months; it does not add a year's cargoes).
 *
 * <p>Price: buyers who pay spot prices for marginal cargoes (China's city-gas and industrial
 * traders, South Asia's power and fertiliser buyers) buy less when the price is high, at a constant
 * elasticity against the reference (ordinary) price: {@code (price / reference)^(−elasticity)}.
 *
 * <p>Neither moves demand at once — tenders already placed still load, and buyers build up their
 * winter purchases over weeks — so demand (as a factor of the ordinary month) moves towards
 * {@code season × price response} by one {@code responseDays}-th of the gap a day (a first-order
 * lag). Without the lag a month boundary would step demand by the whole uplift overnight, and the
 * price with it (by the uplift to the power of the price exponent).
 */
public record OtherAsiaDemand(double ordinaryCargoesPerMonth, double priceElasticity,
        double referencePriceUsdPerMMBtu, double responseDays, double winterUpliftPct) {

    private static final int WINTER_MONTHS = 3;
    private static final int OTHER_MONTHS = 9;

    public OtherAsiaDemand {
        if (!(ordinaryCargoesPerMonth > 0) || !(priceElasticity >= 0) || !(referencePriceUsdPerMMBtu > 0)
                || !(responseDays >= 1) || !(winterUpliftPct >= 0) || !(winterUpliftPct * WINTER_MONTHS < 100 * OTHER_MONTHS)) {
            throw new IllegalArgumentException("cargoes > 0, elasticity >= 0, reference > 0, responseDays >= 1 and"
                    + " 0 <= uplift < 300% required");
        }
    }

    /** The month's share of an ordinary month's demand: above 1 in December–February, below it otherwise. */
    public double seasonalFactor(Month month) {
        double uplift = winterUpliftPct / 100.0;
        return isWinter(month) ? 1 + uplift : 1 - uplift * WINTER_MONTHS / OTHER_MONTHS;
    }

    private static boolean isWinter(Month month) {
        return month == Month.DECEMBER || month == Month.JANUARY || month == Month.FEBRUARY;
    }

    /** The factor demand would settle at if this month and price held: season × (price / reference)^(−elasticity). */
    public double target(Month month, double priceUsdPerMMBtu) {
        if (!(priceUsdPerMMBtu > 0)) {
            throw new IllegalArgumentException("price must be positive: " + priceUsdPerMMBtu);
        }
        return seasonalFactor(month) * Math.pow(priceUsdPerMMBtu / referencePriceUsdPerMMBtu, -priceElasticity);
    }

    /** Tomorrow's demand factor: a {@code responseDays}-th of the way from today's towards the target of this month and price. */
    public double nextFactor(double factor, Month month, double priceUsdPerMMBtu) {
        return factor + (target(month, priceUsdPerMMBtu) - factor) / responseDays;
    }

    /** Demand in cargoes a month at this demand factor. */
    public double cargoesPerMonth(double factor) {
        return ordinaryCargoesPerMonth * factor;
    }
}
