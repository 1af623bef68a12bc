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
 * They do not react at once — tenders already placed still load — so the response factor moves
 * towards its target by one {@code responseDays}-th of the gap a day (a first-order lag).
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

    /** The factor demand would settle at if this price held: (price / reference)^(−elasticity). */
    public double targetResponse(double priceUsdPerMMBtu) {
        if (!(priceUsdPerMMBtu > 0)) {
            throw new IllegalArgumentException("price must be positive: " + priceUsdPerMMBtu);
        }
        return Math.pow(priceUsdPerMMBtu / referencePriceUsdPerMMBtu, -priceElasticity);
    }

    /** Tomorrow's response factor: a {@code responseDays}-th of the way from today's towards the target at today's price. */
    public double nextResponse(double response, double priceUsdPerMMBtu) {
        return response + (targetResponse(priceUsdPerMMBtu) - response) / responseDays;
    }

    /** The month's demand in cargoes a month at this response factor. */
    public double cargoesPerMonth(Month month, double response) {
        return ordinaryCargoesPerMonth * seasonalFactor(month) * response;
    }
}
