package org.lngsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaybackTest {

    @Test
    void a_debtor_pays_back_once_its_cover_is_back_at_the_payback_cover() {
        assertThat(Payback.due(false, false, 20, 20)).isTrue();
        assertThat(Payback.due(false, false, 35.5, 20)).isTrue();
        assertThat(Payback.due(false, false, 19.99, 20)).isFalse();
    }

    @Test
    void a_debtor_asking_for_cargoes_in_the_same_review_does_not_pay_back() {
        assertThat(Payback.due(true, false, 40, 20)).isFalse();
    }

    @Test
    void a_debtor_rationing_its_own_gas_under_an_allocation_order_does_not_pay_back_however_full_its_tanks() {
        assertThat(Payback.due(false, true, 40, 20)).isFalse();
        assertThat(Payback.due(false, false, 40, 20)).isTrue();
    }

    @Test
    void what_is_already_on_its_way_back_is_not_sent_again() {
        assertThat(Payback.toReturnT(150_000, 76_000)).isEqualTo(74_000);
        assertThat(Payback.toReturnT(76_000, 76_000)).isZero();
    }
}
