package org.lngsim.events;

import org.lngsim.protocol.Settlement;

/**
 * Volume owed under the protocol was settled: repaid in kind by a payback cargo, or in money when
 * the payback window closed.
 *
 * @param cargoId the payback cargo when settled in kind; null when settled in money
 */
public record DebtSettled(double timeHours, String debtorId, String creditorId, double massT, Settlement settlement,
        String cargoId) implements SimEvent {

    /** A debt repaid in kind by {@code cargoId}. */
    public static DebtSettled inKind(double timeHours, String debtorId, String creditorId, double massT, String cargoId) {
        return new DebtSettled(timeHours, debtorId, creditorId, massT, Settlement.IN_KIND, cargoId);
    }

    /** A debt settled in money because its payback window closed. */
    public static DebtSettled inMoney(double timeHours, String debtorId, String creditorId, double massT) {
        return new DebtSettled(timeHours, debtorId, creditorId, massT, Settlement.IN_MONEY, null);
    }

    @Override
    public String type() {
        return "debt-settled";
    }

    @Override
    public void describe(EventRow row) {
        row.importer(debtorId).entity(creditorId).massT(massT).detail(settlement.label() + ": "
                + (settlement == Settlement.IN_KIND ? "cargo " + cargoId : "payback window closed"));
    }
}
