package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoverAtArrivalTest {

    @Test
    void usable_stock_at_arrival_adds_the_cargoes_en_route_and_takes_the_send_out_until_then() {
        // 120,000 t usable + 2 cargoes of 70,000 t en route − 36,000 t/day × 240 h / 24 = 120 + 140 − 360 = −100 kt.
        assertThat(CoverAtArrival.usableAtArrivalT(120_000, 140_000, 36_000, 240)).isCloseTo(-100_000, within(1e-9));
        // Nothing sent out: what is there and what comes.
        assertThat(CoverAtArrival.usableAtArrivalT(50_000, 70_000, 0, 100)).isCloseTo(120_000, within(1e-9));
    }

    @Test
    void cover_is_days_of_full_send_out() {
        // Dahej: 17.5 Mtpa = 17.5e6 / 365 ≈ 47,945 t/day; 143,836 t usable ≈ 3.0 days.
        assertThat(CoverAtArrival.coverDays(143_836, 17.5e6 / 365)).isCloseTo(3.0, within(1e-4));
        assertThat(CoverAtArrival.coverDays(-13_699, 5e6 / 365)).isCloseTo(-1.0, within(1e-4));
        assertThatThrownBy(() -> CoverAtArrival.coverDays(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_cargo_fits_when_heel_plus_projected_stock_plus_cargo_stay_within_the_tanks() {
        // Kochi-like tanks: 310,000 m3 × 0.45 = 139,500 t; heel 8% = 11,160 t; cargo 95,256 t.
        double capacityT = 139_500;
        double heelT = 11_160;
        // 11,160 + 33,000 + 95,256 = 139,416 ≤ 139,500: fits.
        assertThat(CoverAtArrival.fits(heelT, 33_000, 95_256, capacityT)).isTrue();
        // 11,160 + 34,000 + 95,256 = 140,416 > 139,500: does not.
        assertThat(CoverAtArrival.fits(heelT, 34_000, 95_256, capacityT)).isFalse();
        // A projected gap does not make room below the heel: 11,160 + 0 + 95,256 ≤ 139,500.
        assertThat(CoverAtArrival.fits(heelT, -50_000, 95_256, capacityT)).isTrue();
        assertThat(CoverAtArrival.fits(heelT, -50_000, 130_000, capacityT)).isFalse();
    }
}
