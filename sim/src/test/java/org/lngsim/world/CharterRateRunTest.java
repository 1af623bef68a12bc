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

/** The spot fleet's charter rate in a run of the 2024 world: ships trapped behind a closure are not free, and the rate rises. */
class CharterRateRunTest {

    private static final String HORMUZ = "disruptions=[{type: chokepoint-closure, chokepoint: hormuz, startDay: 60, endDay: 120}]";

    @Test
    void ships_trapped_behind_a_closed_hormuz_are_not_free_and_the_charter_rate_rises() {
        RecordedRun closed = RecordedRun.sharedBaselineWith(HORMUZ, "protocol.enabled=false");
        RecordedRun open = RecordedRun.baseline();

        MarketDay during = day(closed, 90);
        // the 20 ships wait at the plants in proportion to their flexible cargoes: Ras Laffan 14 and
        // Das Island 2 of 80 a month → 20 × 16 / 80 = 4 ships behind the strait, so at most 16 free
        assertThat(during.freeShips()).isLessThanOrEqualTo(16);
        // 40,000 × (20 / 16)^1.7 = 58,453 at the least
        assertThat(during.charterRateUsdPerDay()).isGreaterThanOrEqualTo(58_453.0);
        assertThat(during.charterRateUsdPerDay()).isGreaterThan(day(open, 90).charterRateUsdPerDay());
        // before the closure, with every ship idle and free, the ordinary rate
        MarketDay before = day(closed, 30);
        if (before.freeShips() == 20) {
            assertThat(before.charterRateUsdPerDay()).isEqualTo(40_000.0);
        }
        RunSummary.CharterSummary charter = closed.summary().market().charter();
        assertThat(charter.maxUsdPerDay()).isGreaterThanOrEqualTo(58_453.0);
        assertThat(charter.minFreeShips()).isLessThanOrEqualTo(16);
    }

    @Test
    void every_award_hires_its_ship_at_the_days_rate_and_the_summary_adds_the_charters_up() {
        RecordedRun closed = RecordedRun.sharedBaselineWith(HORMUZ, "protocol.enabled=false");

        List<SpotBid> awarded = closed.all(SpotBid.class, b -> b.outcome() == SpotOutcome.AWARDED).toList();
        assertThat(awarded).isNotEmpty();
        double japanCharterUsd = 0;
        for (SpotBid bid : awarded) {
            MarketDay sameDay = closed.all(MarketDay.class, d -> d.timeHours() == bid.timeHours()).findFirst().orElseThrow();
            assertThat(bid.charterDays()).isPositive();
            assertThat(bid.charterCostUsd()).isCloseTo(bid.charterDays() * sameDay.charterRateUsdPerDay(), within(1e-3));
            if (bid.bidderId().equals("japan")) {
                japanCharterUsd += bid.charterCostUsd();
            }
        }
        assertThat(closed.summary().market().importers().get("japan").charterCostMillionUsd())
                .isCloseTo(japanCharterUsd / 1e6, within(0.05));
        assertThat(closed.all(SpotBid.class, b -> b.outcome() != SpotOutcome.AWARDED))
                .allMatch(b -> b.charterCostUsd() == 0);
    }

    private static MarketDay day(RecordedRun run, int day) {
        return run.all(MarketDay.class, d -> d.timeHours() == day * Units.HOURS_PER_DAY).findFirst().orElseThrow();
    }
}
