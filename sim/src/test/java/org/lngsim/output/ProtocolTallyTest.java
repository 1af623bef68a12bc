package org.lngsim.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lngsim.events.CargoRedirected;
import org.lngsim.events.DebtSettled;
import org.lngsim.protocol.Purpose;

class ProtocolTallyTest {

    @Test
    void emergencies_and_paybacks_are_told_apart_by_purpose_and_settlements_by_how() {
        ProtocolTally tally = new ProtocolTally(true);
        tally.add(new CargoRedirected(10, Purpose.EMERGENCY, "japan", "india", "c-1", "v-1", "dahej", 300_000, 500, 1.25));
        tally.add(new CargoRedirected(20, Purpose.EMERGENCY, "japan", "india", "c-2", "v-2", "dahej", 200_000, 0, -0.5));
        tally.add(new CargoRedirected(90, Purpose.PAYBACK, "india", "japan", "c-3", "v-3", "futtsu", 250_000, 100, 2));
        tally.add(DebtSettled.inKind(90, "india", "japan", 250_000, "c-3"));
        tally.add(DebtSettled.inMoney(120, "india", "japan", 150_000));

        RunSummary.ProtocolSummary summary = tally.summary();

        assertThat(summary.redirections()).isEqualTo(2);
        assertThat(summary.redirectedMt()).isEqualTo(0.5);
        assertThat(summary.extraSailingDays()).isEqualTo(0.75);
        assertThat(summary.paybacks()).isEqualTo(1);
        assertThat(summary.repaidInKindMt()).isEqualTo(0.25);
        assertThat(summary.settledInMoneyMt()).isEqualTo(0.15);
        assertThat(summary.owedMt()).isEqualTo(0.1);
    }
}
