package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalChoiceTest {

    @Test
    void cargoes_follow_regas_capacity_shares() {
        double[] capacities = {17.5, 5.0, 5.0};
        long[] assigned = new long[3];
        boolean[] usable = {true, true, true};
        for (int i = 0; i < 275; i++) {
            assigned[TerminalChoice.choose(capacities, assigned, usable)]++;
        }

        assertThat(assigned).containsExactly(175, 50, 50);
    }

    @Test
    void an_unusable_terminal_is_skipped_and_none_usable_gives_minus_one() {
        assertThat(TerminalChoice.choose(new double[] {10, 5}, new long[] {0, 0}, new boolean[] {false, true})).isEqualTo(1);
        assertThat(TerminalChoice.choose(new double[] {10, 5}, new long[] {0, 0}, new boolean[] {false, false})).isEqualTo(-1);
    }
}
