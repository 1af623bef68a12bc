package org.lngsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DiversionOfferTest {

    @Test
    void the_ship_turns_when_the_lag_ends_and_sails_the_route_at_its_speed() {
        // decided at hour 100, 24 h lag, 3,600 nm at 15 kn = 240 h: arrives at hour 364; it was due
        // at its own terminal at hour 292, and from hour 124 the new voyage takes 48 h longer
        DiversionOffer offer = DiversionOffer.of("dahej", 100, 24, 3_600, 15, 292);

        assertThat(offer.terminalId()).isEqualTo("dahej");
        assertThat(offer.arrivalHour()).isEqualTo(364);
        assertThat(offer.extraSailingDays()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void a_shorter_diversion_adds_negative_days() {
        assertThat(DiversionOffer.of("dahej", 100, 24, 3_600, 15, 388).extraSailingDays()).isCloseTo(-2.0, within(1e-12));
    }

    @Test
    void a_ship_with_no_expected_arrival_adds_nothing() {
        // held at a closed strait: its own arrival is unknown
        DiversionOffer offer = DiversionOffer.of("dahej", 100, 24, 1_500, 15, Double.POSITIVE_INFINITY);
        assertThat(offer.extraSailingDays()).isZero();
        assertThat(offer.arrivalHour()).isEqualTo(224);
    }
}
