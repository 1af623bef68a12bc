package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PurchaseWindowTest {

    @Test
    void a_days_bids_alone_count_as_their_monthly_share_not_as_a_month() {
        // 2 cargoes bid today, nothing bought before: 2 cargoes in a 30-day window = 2 a month (31-day month: 2.0667)
        PurchaseWindow window = new PurchaseWindow();
        assertThat(window.cargoesPerMonth(0, 2, 30)).isCloseTo(2.0, within(1e-12));
        assertThat(window.cargoesPerMonth(0, 2, 31)).isCloseTo(2 * 31 / 30.0, within(1e-12));
    }

    @Test
    void a_buyer_awarded_one_cargo_a_day_demands_thirty_a_month() {
        PurchaseWindow window = new PurchaseWindow();
        for (int day = 0; day < 40; day++) {
            window.award(day, 1);
        }
        // on day 40: days 10..39 awarded = 30, plus today's bid of 1
        assertThat(window.awardedBefore(40)).isEqualTo(30);
        assertThat(window.cargoesPerMonth(40, 1, 30)).isCloseTo(31, within(1e-12));
    }

    @Test
    void awards_older_than_thirty_days_leave_the_window() {
        PurchaseWindow window = new PurchaseWindow();
        window.award(5, 3);
        assertThat(window.awardedBefore(35)).isEqualTo(3);   // day 5 is day 35 − 30
        assertThat(window.awardedBefore(36)).isEqualTo(0);
        // and a jump over many days clears everything
        window.award(36, 2);
        assertThat(window.awardedBefore(200)).isEqualTo(0);
    }

    @Test
    void todays_awards_are_not_counted_before_tomorrow() {
        PurchaseWindow window = new PurchaseWindow();
        window.award(10, 4);
        assertThat(window.awardedBefore(10)).isEqualTo(0);
        assertThat(window.awardedBefore(11)).isEqualTo(4);
    }

    @Test
    void going_back_in_time_is_refused() {
        PurchaseWindow window = new PurchaseWindow();
        window.award(10, 1);
        assertThatThrownBy(() -> window.award(9, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
