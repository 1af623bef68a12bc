package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UtilityStockTest {

    @Test
    void the_utilities_hold_their_share_of_the_stock() {
        assertThat(UtilityStock.of(1_000_000, 56)).isEqualTo(560_000.0);
        assertThat(UtilityStock.of(1_000_000, 0)).isZero();
        assertThat(UtilityStock.of(1_000_000, 100)).isEqualTo(1_000_000.0);
        assertThat(UtilityStock.of(0, 60)).isZero();
    }

    @Test
    void a_share_outside_0_to_100_is_refused() {
        assertThatThrownBy(() -> UtilityStock.of(1, 100.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UtilityStock.of(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UtilityStock.of(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
