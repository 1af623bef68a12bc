package org.lngsim.events;

/**
 * One day of the market for flexible cargoes (an observation): the price index, the tightness it
 * came from (spot demand over flexible supply, cargoes a month), the cargoes still on offer after
 * the day's clearing, those other Asian buyers took, the spot fleet's idle ships, its free ships
 * (idle and able to reach a plant that offers cargoes) and the charter rate they give (NaN when
 * the market has no charter rate).
 */
public record MarketDay(double timeHours, String marketId, double priceUsdPerMMBtu, double tightness,
        double supplyCargoesPerMonth, double demandCargoesPerMonth, double onOfferCargoes, int otherAsiaCargoes,
        int idleShips, int freeShips, double charterRateUsdPerDay) implements SimEvent {

    @Override
    public String type() {
        return "market-day";
    }

    @Override
    public void describe(EventRow row) {
        row.entity(marketId).value(priceUsdPerMMBtu, "USD/MMBtu");
    }

    @Override
    public boolean isObservation() {
        return true;
    }
}
