package org.lngsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditLimitTest {

    @Test
    void credit_left_is_the_limit_less_what_was_received_and_not_returned_and_what_is_on_its_way() {
        // 1 Mt limit, 300 kt unreturned (owed or settled in money), 150 kt decided not yet executed
        assertThat(CreditLimit.leftT(1_000_000, 300_000, 150_000)).isEqualTo(550_000);
        assertThat(CreditLimit.leftT(400_000, 300_000, 150_000)).isEqualTo(-50_000);
    }

    @Test
    void without_a_limit_the_credit_never_runs_out() {
        assertThat(CreditLimit.leftT(Double.POSITIVE_INFINITY, 5e6, 1e6)).isInfinite();
        assertThat(CreditLimit.askT(200_000, Double.POSITIVE_INFINITY)).isEqualTo(200_000);
        assertThat(CreditLimit.overshootT(Double.POSITIVE_INFINITY, 200_000)).isInfinite();
    }

    @Test
    void the_ask_is_the_shortfall_cut_to_the_credit_left_and_never_negative() {
        assertThat(CreditLimit.askT(200_000, 550_000)).isEqualTo(200_000);
        assertThat(CreditLimit.askT(200_000, 80_000)).isEqualTo(80_000);
        assertThat(CreditLimit.askT(200_000, -50_000)).isZero();
    }

    @Test
    void the_last_cargo_may_go_past_the_ask_only_up_to_the_credit_left() {
        // 550 kt left, 200 kt asked: the releases may total up to 550 kt
        assertThat(CreditLimit.overshootT(550_000, 200_000)).isEqualTo(350_000);
        // cut to the credit: not a tonne more
        assertThat(CreditLimit.overshootT(80_000, 80_000)).isZero();
    }
}
