package org.lngsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PendingReleasesTest {

    private final Arrival a = new Arrival("a", 100, 70_000);
    private final Arrival b = new Arrival("b", 50, 80_000);
    private final Arrival c = new Arrival("c", 70, 75_000);

    @Test
    void a_receiver_sees_all_its_promised_arrivals_in_decision_order() {
        PendingReleases pending = new PendingReleases();
        pending.add(a, "india", Purpose.EMERGENCY);
        pending.add(b, "japan", Purpose.PAYBACK);
        pending.add(c, "india", Purpose.PAYBACK);

        assertThat(pending.arrivalsFor("india")).containsExactly(a, c);
        assertThat(pending.arrivalsFor("japan")).containsExactly(b);
        assertThat(pending.arrivalsFor("korea")).isEmpty();
    }

    @Test
    void tonnes_pending_are_counted_by_receiver_and_purpose() {
        PendingReleases pending = new PendingReleases();
        pending.add(a, "india", Purpose.EMERGENCY);
        pending.add(b, "india", Purpose.EMERGENCY);
        pending.add(c, "india", Purpose.PAYBACK);

        assertThat(pending.massT("india", Purpose.EMERGENCY)).isEqualTo(150_000);
        assertThat(pending.massT("india", Purpose.PAYBACK)).isEqualTo(75_000);
        assertThat(pending.massT("japan", Purpose.EMERGENCY)).isZero();
    }

    @Test
    void an_executed_release_is_no_longer_pending() {
        PendingReleases pending = new PendingReleases();
        pending.add(a, "india", Purpose.EMERGENCY);
        pending.add(b, "india", Purpose.EMERGENCY);
        assertThat(pending.contains("a")).isTrue();

        pending.remove(a);

        assertThat(pending.contains("a")).isFalse();
        assertThat(pending.contains("b")).isTrue();
        assertThat(pending.massT("india", Purpose.EMERGENCY)).isEqualTo(80_000);
    }
}
