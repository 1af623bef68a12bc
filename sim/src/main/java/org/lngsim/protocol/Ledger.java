package org.lngsim.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Volume owed between parties: each emergency redirection is a debt of the receiver to the donor,
 * due within the payback window. Repayments in kind settle the oldest debts first; what is still
 * owed when a debt falls due is settled in money.
 */
public final class Ledger {

    private final Map<String, Double> settledInMoneyByDebtor = new HashMap<>();

    /** One redirection's debt. */
    public record Debt(String debtorId, String creditorId, double massT, double dueHour) {
    }

    /** A debt that fell due unpaid, to be settled in money: how much of which debtor's debt to which creditor. */
    public record DueDebt(String debtorId, String creditorId, double massT) {
    }

    private final List<Debt> debts = new ArrayList<>();

    public void owe(String debtorId, String creditorId, double massT, double dueHour) {
        debts.add(new Debt(debtorId, creditorId, massT, dueHour));
    }

    /** What {@code debtorId} owes {@code creditorId} now. */
    public double owedT(String debtorId, String creditorId) {
        double owed = 0;
        for (Debt debt : debts) {
            if (debt.debtorId().equals(debtorId) && debt.creditorId().equals(creditorId)) {
                owed += debt.massT();
            }
        }
        return owed;
    }

    /** What {@code debtorId} owes all its creditors together. */
    public double owedByT(String debtorId) {
        double owed = 0;
        for (Debt debt : debts) {
            if (debt.debtorId().equals(debtorId)) {
                owed += debt.massT();
            }
        }
        return owed;
    }

    /**
     * Gas {@code debtorId} received and has not returned in kind: what it owes now plus what was
     * settled in money. Money does not refill the donor's tanks, so this is what a credit limit
     * bounds.
     */
    public double unreturnedT(String debtorId) {
        return owedByT(debtorId) + settledInMoneyByDebtor.getOrDefault(debtorId, 0.0);
    }

    public double totalOwedT() {
        return debts.stream().mapToDouble(Debt::massT).sum();
    }

    /** Debtor → creditor pairs with something owed, in the order the debts arose. */
    public Map<String, List<String>> creditorsByDebtor() {
        Map<String, List<String>> pairs = new LinkedHashMap<>();
        for (Debt debt : debts) {
            List<String> creditors = pairs.computeIfAbsent(debt.debtorId(), k -> new ArrayList<>());
            if (!creditors.contains(debt.creditorId())) {
                creditors.add(debt.creditorId());
            }
        }
        return pairs;
    }

    /** Repays {@code massT} in kind, oldest debts first; returns what it settled (at most the debt). */
    public double repay(String debtorId, String creditorId, double massT) {
        double left = massT;
        List<Debt> updated = new ArrayList<>();
        for (Debt debt : debts) {
            if (left > 0 && debt.debtorId().equals(debtorId) && debt.creditorId().equals(creditorId)) {
                double paid = Math.min(left, debt.massT());
                left -= paid;
                if (debt.massT() - paid > 1e-9) {
                    updated.add(new Debt(debtorId, creditorId, debt.massT() - paid, debt.dueHour()));
                }
            } else {
                updated.add(debt);
            }
        }
        debts.clear();
        debts.addAll(updated);
        return massT - left;
    }

    /** Removes the debts due by {@code hour}; they are settled in money. */
    public List<DueDebt> settleDue(double hour) {
        List<DueDebt> settled = new ArrayList<>();
        for (Iterator<Debt> it = debts.iterator(); it.hasNext();) {
            Debt debt = it.next();
            if (debt.dueHour() <= hour) {
                settled.add(new DueDebt(debt.debtorId(), debt.creditorId(), debt.massT()));
                settledInMoneyByDebtor.merge(debt.debtorId(), debt.massT(), Double::sum);
                it.remove();
            }
        }
        return settled;
    }
}
