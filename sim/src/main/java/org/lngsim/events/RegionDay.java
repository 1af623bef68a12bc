package org.lngsim.events;

/**
 * A region's stock and days of cover at the end of a day (an observation).
 *
 * @param utilityStockT the power utilities' part of {@code stockT} (t), or null when the region
 *     does not declare {@code powerUtilityStockPct}
 */
public record RegionDay(double timeHours, String regionId, String importerId, double stockT, double usableT, double expectedDailyUseT, double daysOfCover, Double utilityStockT) implements SimEvent {

    @Override
    public String type() {
        return "region-day";
    }

    @Override
    public void describe(EventRow row) {
        row.entity(regionId).importer(importerId).massT(stockT).value(daysOfCover, "days of cover");
    }

    @Override
    public boolean isObservation() {
        return true;
    }
}
