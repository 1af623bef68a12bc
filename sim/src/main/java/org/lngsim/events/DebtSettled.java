package org.lngsim.events;

/** Volume owed under the protocol was settled: repaid in kind, or in money when the payback window closed. */
public record DebtSettled(double timeHours, String debtorId, String creditorId, double massT, String how) implements SimEvent {

    @Override
    public String type() {
        return "debt-settled";
    }

    @Override
    public void describe(EventRow row) {
        row.importer(debtorId).entity(creditorId).massT(massT).detail(how);
    }
}
