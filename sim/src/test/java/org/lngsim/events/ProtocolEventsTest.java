package org.lngsim.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lngsim.protocol.Purpose;

/** What the protocol's events write in {@code events.csv}'s columns. */
class ProtocolEventsTest {

    private static final int MASS = EventRow.COLUMNS.indexOf("massT");
    private static final int VALUE = EventRow.COLUMNS.indexOf("value");
    private static final int UNIT = EventRow.COLUMNS.indexOf("unit");
    private static final int DETAIL = EventRow.COLUMNS.indexOf("detail");

    @Test
    void a_request_says_the_trigger_it_fell_below_and_the_target_it_asked_for() {
        EventRow row = describe(new ProtocolRequest(1440, "india", -3.111777, 5, 10, 721_207.64153,
                Double.POSITIVE_INFINITY, 2, 153_468));

        assertThat(row.get(MASS)).isEqualTo("721207.64153");
        assertThat(row.get(VALUE)).isEqualTo("-3.111777");
        assertThat(row.get(UNIT)).isEqualTo("days projected");
        assertThat(row.get(DETAIL)).isEqualTo("below the trigger of 5 days (target 10 days); 2 cargoes released, 153468 t");
    }

    @Test
    void a_request_under_a_credit_limit_also_says_the_credit_left_never_below_zero() {
        assertThat(describe(new ProtocolRequest(24, "japan", 4.5, 7.5, 12, 90_000, 60_000, 1, 70_000)).get(DETAIL))
                .isEqualTo("below the trigger of 7.5 days (target 12 days); 1 cargoes released, 70000 t; credit left 60000 t");
        assertThat(describe(new ProtocolRequest(24, "japan", 4.5, 7.5, 12, 90_000, -5_000, 0, 0)).get(DETAIL))
                .endsWith("; credit left 0 t");
    }

    @Test
    void releases_and_redirections_write_their_purpose_as_before() {
        EventRow released = describe(new CargoReleased(10, Purpose.PAYBACK, "india", "japan", "c-1", "v-1", "dahej",
                "futtsu", 70_000, 1.5, 14.25, 10, 34));
        EventRow redirected = describe(new CargoRedirected(34, Purpose.EMERGENCY, "japan", "india", "c-2", "v-2", "dahej",
                70_000, 540, 1.5));

        assertThat(released.get(DETAIL)).isEqualTo("payback from india (was bound for dahej); +1.5 sailing days");
        assertThat(redirected.get(DETAIL)).isEqualTo("emergency from japan");
    }

    @Test
    void a_settlement_says_how_in_kind_with_its_cargo_or_in_money_when_the_window_closed() {
        assertThat(describe(DebtSettled.inKind(2112, "india", "japan", 68_355, "qatar-petronet-fob-24")).get(DETAIL))
                .isEqualTo("in kind: cargo qatar-petronet-fob-24");
        assertThat(describe(DebtSettled.inMoney(4000, "india", "japan", 10_000)).get(DETAIL))
                .isEqualTo("in money: payback window closed");
    }

    private static EventRow describe(SimEvent event) {
        EventRow row = new EventRow();
        event.describe(row);
        return row;
    }
}
