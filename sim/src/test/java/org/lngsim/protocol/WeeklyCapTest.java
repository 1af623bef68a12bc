package org.lngsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeeklyCapTest {

    @Test
    void a_donor_may_release_up_to_the_cap_in_any_seven_days() {
        WeeklyCap cap = new WeeklyCap(2);
        assertThat(cap.leftAt("japan", 0)).isEqualTo(2);
        cap.record("japan", 0);
        cap.record("japan", 10);
        assertThat(cap.leftAt("japan", 100)).isZero();
    }

    @Test
    void a_release_falls_out_of_the_window_exactly_one_week_after_it_was_decided() {
        WeeklyCap cap = new WeeklyCap(2);
        cap.record("japan", 0);
        cap.record("japan", 10);
        assertThat(cap.leftAt("japan", 167.5)).isZero();
        assertThat(cap.leftAt("japan", 168)).isEqualTo(1); // 7 x 24 h after hour 0
        assertThat(cap.leftAt("japan", 177.9)).isEqualTo(1);
        assertThat(cap.leftAt("japan", 178)).isEqualTo(2);
    }

    @Test
    void each_donor_has_its_own_cap() {
        WeeklyCap cap = new WeeklyCap(3);
        cap.record("japan", 5);
        cap.record("japan", 6);
        cap.record("india", 7);
        assertThat(cap.leftAt("japan", 24)).isEqualTo(1);
        assertThat(cap.leftAt("india", 24)).isEqualTo(2);
        assertThat(cap.leftAt("korea", 24)).isEqualTo(3);
    }
}
