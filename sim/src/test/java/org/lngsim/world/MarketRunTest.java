package org.lngsim.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lngsim.events.MarketDay;
import org.lngsim.events.SpotBid;
import org.lngsim.model.SpotOutcome;
import org.lngsim.model.Units;
import org.lngsim.output.RunSummary;

/** The market in a run of the 2024 world: the price follows the flexible supply, Europe's price and other Asia's demand; the highest bidders get the cargoes. */
class MarketRunTest {

    private static final String HORMUZ = "disruptions=[{type: chokepoint-closure, chokepoint: hormuz, startDay: 60, endDay: 120}]";

    @Test
    void outside_winter_the_ordinary_market_prices_at_europes_price_plus_the_freight_to_asia() {
        RecordedRun baseline = RecordedRun.baseline();

        List<MarketDay> days = baseline.all(MarketDay.class).toList();
        assertThat(days).hasSize(baseline.scenario().horizonDays());
        // April–October 2024 (days 91–304): other Asia's own tightness price is below what Europe pays for an Atlantic
        // cargo, so Asia gets just enough of them to price at world-2024's TTF $10.4 + $1.15 extra freight = $11.55
        List<MarketDay> summer = days.stream().filter(d -> d.timeHours() >= 91 * Units.HOURS_PER_DAY
                && d.timeHours() < 305 * Units.HOURS_PER_DAY).toList();
        assertThat(summer).hasSize(214).allSatisfy(d -> assertThat(d.priceUsdPerMMBtu()).isCloseTo(11.55, within(1e-9)));
        // January's winter demand (10% above the ordinary month) prices above it
        double january = days.stream().filter(d -> d.timeHours() < 31 * Units.HOURS_PER_DAY)
                .mapToDouble(MarketDay::priceUsdPerMMBtu).average().orElseThrow();
        assertThat(january).isGreaterThan(11.55);
        assertThat(baseline.summary().market().meanPriceUsdPerMMBtu()).isBetween(11.55, 13.0);
    }

    @Test
    void a_closed_hormuz_takes_qatar_and_the_uae_off_the_market_and_the_price_up_then_other_asia_buys_less() {
        RecordedRun closed = RecordedRun.sharedBaselineWith(HORMUZ, "protocol.enabled=false");

        MarketDay before = day(closed, 59);
        MarketDay first = day(closed, 60);
        // 80 cargoes a month less Ras Laffan's 14 and Das Island's 2 = 64; every Atlantic cargo comes, the price being far above Europe's
        assertThat(before.supplyCargoesPerMonth()).isCloseTo(80, within(1e-9));
        assertThat(first.supplyCargoesPerMonth()).isCloseTo(64, within(1e-9));
        // tightness × 80 / 64 = 1.25 on a day other Asia's demand barely moves: the price × 1.25^4.2 = 2.55 at least
        assertThat(first.priceUsdPerMMBtu() / before.priceUsdPerMMBtu()).isGreaterThanOrEqualTo(2.5);
        // a month on, other Asia buys less at those prices and the index eases, still above the pre-closure level
        MarketDay month = day(closed, 90);
        assertThat(month.supplyCargoesPerMonth()).isCloseTo(64, within(1e-9));
        assertThat(month.demandCargoesPerMonth()).isLessThan(first.demandCargoesPerMonth());
        assertThat(month.priceUsdPerMMBtu()).isLessThan(first.priceUsdPerMMBtu()).isGreaterThan(before.priceUsdPerMMBtu());
        assertThat(day(closed, 150).supplyCargoesPerMonth()).isGreaterThan(64);
    }

    private static MarketDay day(RecordedRun run, int day) {
        return run.all(MarketDay.class, d -> d.timeHours() == day * Units.HOURS_PER_DAY).findFirst().orElseThrow();
    }

    @Test
    void during_the_closure_india_is_priced_out_above_its_25_dollars_and_no_cargo_comes_from_behind_hormuz() {
        RecordedRun closed = RecordedRun.sharedBaselineWith(HORMUZ, "protocol.enabled=false");

        List<SpotBid> india = closed.all(SpotBid.class, b -> b.bidderId().equals("india")
                && b.timeHours() >= 60 * Units.HOURS_PER_DAY && b.timeHours() < 120 * Units.HOURS_PER_DAY).toList();
        assertThat(india).isNotEmpty();
        // India's $25 loses whenever the price is above it, as its offers did in March 2026
        assertThat(india.stream().filter(b -> b.priceUsdPerMMBtu() > 25)).isNotEmpty()
                .allMatch(b -> b.outcome() == SpotOutcome.PRICED_OUT);
        assertThat(india.stream().filter(b -> b.outcome() == SpotOutcome.AWARDED)).allMatch(b -> b.priceUsdPerMMBtu() <= 25);
        assertThat(closed.all(SpotBid.class, b -> b.outcome() == SpotOutcome.AWARDED
                && b.timeHours() >= 60 * Units.HOURS_PER_DAY && b.timeHours() < 120 * Units.HOURS_PER_DAY
                && (b.plantId().equals("ras-laffan") || b.plantId().equals("das-island"))).count()).isZero();
    }

    @Test
    void every_award_costs_its_mass_at_the_days_price_and_the_summary_adds_them_up() {
        RecordedRun closed = RecordedRun.sharedBaselineWith(HORMUZ, "protocol.enabled=false");

        List<SpotBid> awarded = closed.all(SpotBid.class, b -> b.outcome() == SpotOutcome.AWARDED).toList();
        assertThat(awarded).isNotEmpty();
        awarded.forEach(b -> assertThat(b.costUsd())
                .isCloseTo(b.massT() * Units.MMBTU_PER_T * b.priceUsdPerMMBtu(), within(1e-3)));
        RunSummary.MarketBuyer japan = closed.summary().market().importers().get("japan");
        long japanAwarded = awarded.stream().filter(b -> b.bidderId().equals("japan")).count();
        assertThat(japan.cargoesBought()).isEqualTo(japanAwarded);
        assertThat(japan.bids()).isEqualTo(japan.cargoesBought() + japan.unawardedBids());
    }

    @Test
    void switched_off_the_market_publishes_nothing_and_the_summary_has_no_market_block() {
        RecordedRun off = RecordedRun.sharedBaselineWith("market.enabled=false");

        assertThat(off.all(MarketDay.class).count()).isZero();
        assertThat(off.all(SpotBid.class).count()).isZero();
        assertThat(off.summary().market()).isNull();
    }
}
