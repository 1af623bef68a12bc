package org.lngsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerTest {

    @Test
    void repayments_settle_the_oldest_debts_first_and_never_more_than_owed() {
        Ledger ledger = new Ledger();
        ledger.owe("india", "japan", 70_000, 1_000);
        ledger.owe("india", "japan", 60_000, 2_000);

        assertThat(ledger.repay("india", "japan", 80_000)).isEqualTo(80_000);
        assertThat(ledger.owedT("india", "japan")).isEqualTo(50_000);
        assertThat(ledger.repay("india", "japan", 75_000)).isEqualTo(50_000);
        assertThat(ledger.totalOwedT()).isZero();
    }

    @Test
    void what_is_still_owed_when_the_window_closes_is_settled_in_money() {
        Ledger ledger = new Ledger();
        ledger.owe("india", "japan", 70_000, 1_000);
        ledger.owe("japan", "india", 65_000, 3_000);
        ledger.repay("india", "japan", 20_000);

        assertThat(ledger.settleDue(1_000)).containsExactly(new Ledger.DueDebt("india", "japan", 50_000));
        assertThat(ledger.owedT("india", "japan")).isZero();
        assertThat(ledger.owedT("japan", "india")).isEqualTo(65_000);
        assertThat(ledger.creditorsByDebtor()).containsOnlyKeys("japan");
    }

    @Test
    void gas_settled_in_money_still_counts_as_not_returned() {
        Ledger ledger = new Ledger();
        ledger.owe("india", "japan", 70_000, 1_000);
        ledger.owe("india", "japan", 60_000, 2_000);
        ledger.repay("india", "japan", 30_000);
        ledger.settleDue(1_000);

        // 40,000 t of the first debt went to money, 60,000 t is still owed
        assertThat(ledger.owedByT("india")).isEqualTo(60_000);
        assertThat(ledger.unreturnedT("india")).isEqualTo(100_000);
        assertThat(ledger.unreturnedT("japan")).isZero();
    }
}
