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

/** The market in a run of the 2024 world: the price follows the flexible supply, the highest bidders get the cargoes. */
class MarketRunTest {

    private static final String HORMUZ = "disruptions=[{type: chokepoint-closure, chokepoint: hormuz, startDay: 60, endDay: 120}]";

    @Test
    void the_ordinary_market_prices_at_its_base_on_most_days() {
        RecordedRun baseline = RecordedRun.baseline();

        List<MarketDay> days = baseline.all(MarketDay.class).toList();
        assertThat(days).hasSize(baseline.scenario().horizonDays());
        // with no importer bidding, tightness is the ordinary 72 / 80 and the index its $11 base
        long atBase = days.stream().filter(d -> Math.abs(d.priceUsdPerMMBtu() - 11) < 1e-9).count();
        assertThat(atBase).isGreaterThan(days.size() * 9 / 10);
        assertThat(baseline.summary().market().meanPriceUsdPerMMBtu()).isBetween(11.0, 12.0);
    }

    @Test
    void a_closed_hormuz_takes_qatar_and_the_uae_off_the_market_and_the_price_up() {
        RecordedRun closed = RecordedRun.sharedBaselineWith(HORMUZ, "protocol.enabled=false");

        MarketDay during = closed.all(MarketDay.class, d -> d.timeHours() == 90 * Units.HOURS_PER_DAY).findFirst().orElseThrow();
        // 80 cargoes a month less Ras Laffan's 14 and Das Island's 2 = 64 (in March, all plants loading)
        assertThat(during.supplyCargoesPerMonth()).isCloseTo(64, within(1e-9));
        // 11 × (72 / 64 / 0.9)^4.2 = 11 × 1.25^4.2 = 28.1 at the least, more with the importers' bids
        assertThat(during.priceUsdPerMMBtu()).isGreaterThanOrEqualTo(28.0);
        MarketDay after = closed.all(MarketDay.class, d -> d.timeHours() == 150 * Units.HOURS_PER_DAY).findFirst().orElseThrow();
        assertThat(after.supplyCargoesPerMonth()).isCloseTo(80, within(1e-9));
    }

    @Test
    void during_the_closure_india_is_outbid_and_no_cargo_comes_from_behind_hormuz() {
        RecordedRun closed = RecordedRun.sharedBaselineWith(HORMUZ, "protocol.enabled=false");

        List<SpotBid> india = closed.all(SpotBid.class, b -> b.bidderId().equals("india")
                && b.timeHours() >= 60 * Units.HOURS_PER_DAY && b.timeHours() < 120 * Units.HOURS_PER_DAY).toList();
        assertThat(india).isNotEmpty();
        // India's $25 is below other Asia's $30 and the price: nothing awarded while the strait is shut
        assertThat(india).allMatch(b -> b.outcome() != SpotOutcome.AWARDED);
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
