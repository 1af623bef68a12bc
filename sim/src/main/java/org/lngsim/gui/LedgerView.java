package org.lngsim.gui;

import java.util.List;
import java.util.Locale;
import org.lngsim.agents.LiveView;

/** The protocol's ledger: who owes whom, in the order the debts arose. */
public final class LedgerView {
    private volatile List<LiveView.Owed> owed = List.of();

    void refresh(List<LiveView.Owed> latest) {
        owed = List.copyOf(latest);
    }

    public double getTotalOwedKt() {
        return owed.stream().mapToDouble(LiveView.Owed::massT).sum() / 1000.0;
    }

    public String[] getDebts() {
        return owed.stream().map(o -> String.format(Locale.ROOT, "%s owes %s %.1f kt", o.debtorId(),
                o.creditorId(), o.massT() / 1000.0)).toArray(String[]::new);
    }

    @Override
    public String toString() {
        return "ledger: " + owed.size() + " open debts";
    }
}
