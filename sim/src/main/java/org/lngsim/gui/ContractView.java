package org.lngsim.gui;

import org.lngsim.agents.LiveView;

/** One contract, for its inspector. */
public final class ContractView {
    private volatile LiveView.ContractState state;

    void refresh(LiveView.ContractState latest) {
        state = latest;
    }

    ContractView(LiveView.ContractState initial) {
        state = initial;
    }

    public String getId() {
        return state.id();
    }

    public String getSeller() {
        return state.seller();
    }

    public String getBuyer() {
        return state.buyer();
    }

    public String getCountry() {
        return state.importerId();
    }

    public double getAnnualMt() {
        return state.annualMt();
    }

    public double getCargoKt() {
        return state.cargoT() / 1000.0;
    }

    public long getCargoesAssigned() {
        return state.cargoesAssigned();
    }

    @Override
    public String toString() {
        return "contract " + state.id();
    }
}
