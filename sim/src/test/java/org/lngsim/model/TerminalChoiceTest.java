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

    @Test
    void the_cargo_goes_where_cover_at_arrival_is_lowest_whatever_the_shares() {
        // Dahej is behind its share (deficit 17.5/27.5 × 1 − 0 ≈ 0.64) but holds 3 days; Kochi holds 0.5.
        int choice = TerminalChoice.lowestCover(new double[] {3.0, 0.5, 2.0}, new boolean[] {true, true, true},
                new double[] {17.5, 5.0, 5.0}, new long[] {0, 0, 0});

        assertThat(choice).isEqualTo(1);
    }

    @Test
    void a_projected_gap_is_lower_cover_than_an_empty_tank() {
        assertThat(TerminalChoice.lowestCover(new double[] {0.0, -1.5}, new boolean[] {true, true}, new double[] {10, 10},
                new long[] {0, 0})).isEqualTo(1);
    }

    @Test
    void covers_within_the_tie_tolerance_go_by_share_of_regas() {
        // 0.200 and 0.205 days tie (within 0.01). Shares after 3 + 1 cargoes, for the 5th:
        // terminal 0: 10/15 × 5 − 3 = 0.333; terminal 1: 5/15 × 5 − 1 = 0.667 → terminal 1.
        int choice = TerminalChoice.lowestCover(new double[] {0.200, 0.205}, new boolean[] {true, true},
                new double[] {10, 5}, new long[] {3, 1});

        assertThat(choice).isEqualTo(1);
        // 0.02 days apart is no tie: the lower cover wins though it is ahead of its share.
        assertThat(TerminalChoice.lowestCover(new double[] {0.200, 0.220}, new boolean[] {true, true},
                new double[] {10, 5}, new long[] {3, 1})).isZero();
    }

    @Test
    void a_terminal_the_cargo_does_not_fit_is_skipped_and_none_gives_minus_one() {
        assertThat(TerminalChoice.lowestCover(new double[] {0.1, 4.0}, new boolean[] {false, true}, new double[] {10, 10},
                new long[] {0, 0})).isEqualTo(1);
        assertThat(TerminalChoice.lowestCover(new double[] {0.1, 4.0}, new boolean[] {false, false}, new double[] {10, 10},
                new long[] {0, 0})).isEqualTo(-1);
    }
}
