package org.lngsim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.lngsim.events.BufferCargoDecided;
import org.lngsim.events.CargoUnloaded;
import org.lngsim.events.PoolDay;
import org.lngsim.events.SectorDay;
import org.lngsim.events.SpotCargoCalled;

/** The levers a planner compares with the protocol: each off by default, each with its effect. */
class LeversTest {

    private static final String HORMUZ = "disruptions=[{type: chokepoint-closure, chokepoint: hormuz, startDay: 60, endDay: 120}]";

    @Test
    void levers_are_off_by_default() {
        RecordedRun baseline = RecordedRun.baseline();

        assertThat(baseline.all(SpotCargoCalled.class).count()).isZero();
        assertThat(baseline.all(BufferCargoDecided.class).count()).isZero();
        assertThat(baseline.all(PoolDay.class).mapToDouble(PoolDay::biogasMmscmd).sum()).isZero();
    }

    @Test
    void spot_cargoes_arrive_after_their_lead_time_and_cut_india_shortfall() {
        String spot = "levers={spotCargoes: [{buyer: india, sources: [qalhat, gorgon], fleet: standard-174k, "
                + "leadTimeDays: 10, maxCargoesPerMonth: 4, priceUsdPerMmbtu: 14, triggerDaysOfCover: 5}]}";
        // without the market (issue 15): its own bids for India already buy what the lever would, so
        // the lever's effect on the shortfall is measured in the world it was built for
        RecordedRun without = RecordedRun.sharedBaselineWith(HORMUZ, "protocol.enabled=false", "market.enabled=false");
        RecordedRun with = RecordedRun.baselineWith(HORMUZ, "protocol.enabled=false", "market.enabled=false", spot);

        List<SpotCargoCalled> calls = with.all(SpotCargoCalled.class).toList();
        assertThat(calls).isNotEmpty();
        assertThat(calls).allSatisfy(c -> assertThat(c.dueHours() - c.timeHours()).isEqualTo(240.0));
        assertThat(calls).allSatisfy(c -> assertThat(c.costUsd()).isEqualTo(c.massT() * 49.5 * 14));
        assertThat(with.all(CargoUnloaded.class, u -> u.contractId().startsWith("spot-india-")).count()).isPositive();
        assertThat(unservedMmscmdDays(with)).isLessThan(unservedMmscmdDays(without));
    }

    @Test
    void buffer_cargoes_are_kept_when_cover_is_low_and_sold_on_otherwise() {
        String buffer = "levers={strategicBuffer: {buyer: japan, plant: gorgon, fleet: standard-174k, cargoesPerYear: 12, "
                + "months: [12, 1, 2], callDaysBeforeArrival: 18, triggerDaysOfCover: %s}}";
        RecordedRun neverCalled = RecordedRun.baselineWith(String.format(buffer, "0"));
        RecordedRun alwaysCalled = RecordedRun.baselineWith(String.format(buffer, "365"));

        assertThat(neverCalled.all(BufferCargoDecided.class, d -> !d.kept()).count()).isGreaterThanOrEqualTo(8);
        assertThat(neverCalled.all(CargoUnloaded.class, u -> u.contractId().startsWith("buffer-")).count()).isZero();
        assertThat(alwaysCalled.all(BufferCargoDecided.class, BufferCargoDecided::kept).count()).isGreaterThanOrEqualTo(8);
        assertThat(alwaysCalled.all(CargoUnloaded.class, u -> u.contractId().startsWith("buffer-")).count())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void biogas_ramps_into_the_pool_and_displaces_lng() {
        // without the market (issue 15), whose spot cargoes already close the baseline's small gap
        RecordedRun with = RecordedRun.baselineWith("market.enabled=false",
                "levers={biogas: {pool: india, plants: 500, tonnesPerDayPerPlant: 10, rampUpDays: 100, startDay: 0}}");

        // 500 plants x 10 t/day x 1,395 m3/t = 6.975 mmscmd at full output
        assertThat(with.all(PoolDay.class, p -> p.timeHours() == 50 * 24).findFirst().orElseThrow().biogasMmscmd())
                .isCloseTo(3.4875, Assertions.within(1e-9));
        assertThat(with.all(PoolDay.class, p -> p.timeHours() == 200 * 24).findFirst().orElseThrow().biogasMmscmd())
                .isCloseTo(6.975, Assertions.within(1e-9));
        assertThat(unservedMmscmdDays(with)).isLessThan(unservedMmscmdDays(RecordedRun.sharedBaselineWith("market.enabled=false")));
    }

    @Test
    void proportional_allocation_spreads_cuts_where_priority_orders_concentrate_them() {
        RecordedRun priority = RecordedRun.sharedBaselineWith(HORMUZ, "protocol.enabled=false");
        RecordedRun proportional = RecordedRun.baselineWith(HORMUZ, "protocol.enabled=false",
                "levers={sectorAllocation: {pool: india, mode: proportional}}");

        assertThat(sectorServedShare(priority, "city-gas-priority")).isEqualTo(1.0);
        assertThat(sectorServedShare(proportional, "city-gas-priority")).isLessThan(1.0);
        assertThat(sectorServedShare(proportional, "power")).isGreaterThan(sectorServedShare(priority, "power"));
    }

    private static double unservedMmscmdDays(RecordedRun run) {
        return run.all(PoolDay.class).mapToDouble(PoolDay::unservedMmscmd).sum();
    }

    private static double sectorServedShare(RecordedRun run, String sector) {
        double demand = run.all(SectorDay.class, s -> s.sectorId().equals(sector)).mapToDouble(SectorDay::demandMmscmd).sum();
        double served = run.all(SectorDay.class, s -> s.sectorId().equals(sector)).mapToDouble(SectorDay::servedMmscmd).sum();
        return served / demand;
    }
}
