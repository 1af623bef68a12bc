package org.lngsim.gui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.lngsim.agents.LiveView;

/**
 * What the Console's "Model" tab inspects: the date, the running totals of unserved energy and
 * gas, the chokepoints' gates, every contract and the protocol's ledger. Read-only views (getters
 * only), refreshed from {@link LiveView} copies on the simulation's thread each step.
 */
public final class RunPanel {

    private final LocalDate start;
    private volatile double hour;
    private volatile double unservedEnergyGWh;
    private volatile double unservedGasMcm;
    private volatile String[] chokepoints = new String[0];
    private volatile ContractView[] contracts = new ContractView[0];
    private final LedgerView ledger = new LedgerView();

    RunPanel(LocalDate start) {
        this.start = start;
    }

    void refresh(double nowHour, DailyShortfall shortfall, List<LiveView.ChokepointState> gates,
            List<LiveView.ContractState> contractStates, List<LiveView.Owed> owed) {
        hour = nowHour;
        unservedEnergyGWh = shortfall.totalEnergyGWh();
        unservedGasMcm = shortfall.totalGasMcm();
        chokepoints = gates.stream().map(RunPanel::describe).toArray(String[]::new);
        if (contracts.length != contractStates.size()) {
            contracts = contractStates.stream().map(ContractView::new).toArray(ContractView[]::new);
        }
        for (int i = 0; i < contracts.length; i++) {
            contracts[i].refresh(contractStates.get(i));
        }
        ledger.refresh(owed);
    }

    private static String describe(LiveView.ChokepointState gate) {
        if (gate.closed()) {
            return gate.id() + ": closed, " + gate.queueLength() + " held";
        }
        if (gate.restricted()) {
            return String.format(Locale.ROOT, "%s: restricted to %.1f transits a day, %d queued", gate.id(),
                    gate.transitsPerDay(), gate.queueLength());
        }
        return gate.id() + ": open";
    }

    /** The simulated date and hour (the run starts at midnight of the scenario's start). */
    public String getDate() {
        return DateText.of(start, hour);
    }

    public int getDay() {
        return (int) Math.floor(hour / 24.0);
    }

    public double getUnservedEnergyGWh() {
        return unservedEnergyGWh;
    }

    public double getUnservedGasMcm() {
        return unservedGasMcm;
    }

    public String[] getChokepoints() {
        return chokepoints.clone();
    }

    public ContractView[] getContracts() {
        return contracts.clone();
    }

    public LedgerView getLedger() {
        return ledger;
    }
}
