package org.lngsim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lngsim.events.GridHour;
import org.lngsim.events.PoolDay;

class DailyShortfallTest {

    private static GridHour unservedAt(double hour, double unservedMW) {
        return new GridHour(hour, "g", 1000, 0, 0, 0, 0, unservedMW, 0, false);
    }

    @Test
    void grid_hours_add_up_to_gwh_a_day_across_grids() {
        DailyShortfall shortfall = new DailyShortfall(3);

        // day 0: 500 MW for one hour on one grid + 1500 MW on another = 2000 MWh = 2 GWh
        shortfall.on(unservedAt(5, 500));
        shortfall.on(unservedAt(5, 1500));
        // day 2: 250 MW for two hours = 0.5 GWh
        shortfall.on(unservedAt(48, 250));
        shortfall.on(unservedAt(49, 250));

        assertThat(shortfall.energyGWh()).containsExactly(2.0, 0.0, 0.5);
        assertThat(shortfall.totalEnergyGWh()).isEqualTo(2.5);
    }

    @Test
    void a_pool_day_counts_on_the_day_it_is_stamped_with_and_days_beyond_the_horizon_are_dropped() {
        DailyShortfall shortfall = new DailyShortfall(2);

        shortfall.on(new PoolDay(24, "in", 100, 50, 0, 30, 0, 20));
        shortfall.on(new PoolDay(48, "in", 100, 50, 0, 30, 0, 99));

        assertThat(shortfall.days()).isEqualTo(2);
        assertThat(shortfall.gasMcm()).containsExactly(0.0, 20.0);
    }
}
