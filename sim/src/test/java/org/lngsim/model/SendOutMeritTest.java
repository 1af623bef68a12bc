package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SendOutMeritTest {

    @Test
    void the_fullest_terminal_gives_first_up_to_its_limit_then_the_next() {
        // Fills 0.60, 0.95, 0.30; each can give 2,000 / 1,000 / 500 t. Asked 2,500 t:
        // 0.95 first: 1,000; then 0.60: 1,500 of its 2,000; 0.30 gives nothing.
        double[] take = SendOutMerit.fullestFirst(new double[] {2_000, 1_000, 500}, new double[] {0.60, 0.95, 0.30}, 2_500);

        assertThat(take[0]).isCloseTo(1_500, within(1e-9));
        assertThat(take[1]).isCloseTo(1_000, within(1e-9));
        assertThat(take[2]).isZero();
    }

    @Test
    void ships_waiting_for_room_make_a_terminal_the_fullest() {
        // A terminal at 90% stock with a ship at anchor is at 1.2 committed: it gives before one at 0.97.
        double[] take = SendOutMerit.fullestFirst(new double[] {800, 800}, new double[] {0.97, 1.2}, 800);

        assertThat(take).containsExactly(0.0, 800.0);
    }

    @Test
    void asked_more_than_all_can_give_each_gives_its_all() {
        double[] take = SendOutMerit.fullestFirst(new double[] {300, 0, 200}, new double[] {0.1, 0.9, 0.5}, 10_000);

        assertThat(take).containsExactly(300.0, 0.0, 200.0);
    }

    @Test
    void equal_fills_go_to_the_terminal_listed_first() {
        assertThat(SendOutMerit.fullestFirst(new double[] {500, 500}, new double[] {0.5, 0.5}, 600)).containsExactly(500.0, 100.0);
        assertThatThrownBy(() -> SendOutMerit.fullestFirst(new double[] {1}, new double[] {1, 2}, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
