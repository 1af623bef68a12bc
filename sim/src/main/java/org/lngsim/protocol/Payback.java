package org.lngsim.protocol;

/**
 * When and how much a debtor pays back in kind: once its projected cover is back at its payback
 * cover (and it is not itself asking for cargoes in the same review, nor rationing its own gas
 * under a government allocation order), it releases to each creditor what it owes that is not
 * already on its way. Pure.
 *
 * <p>Why rationing stops a payback: an allocation order keeps the unentitled sectors' gas in the
 * tanks, so the rationing country's cover rises while its industry is cut; counted as cover, that
 * gas would go back to the lender in the middle of the emergency, which no government rationing
 * households' neighbours would do.
 */
public final class Payback {

    /**
     * A payback cargo may return at most this much more than is owed (a quarter of a cargo); a
     * remainder too small for a cargo is settled in money when the window closes.
     */
    public static final double MAX_OVERSHOOT_T = 20_000;

    private Payback() {
    }

    /** Whether a debtor pays back now. */
    public static boolean due(boolean debtorRequesting, boolean debtorRationing, double debtorMinCoverDays,
            double paybackCoverDays) {
        return !debtorRequesting && !debtorRationing && !(debtorMinCoverDays < paybackCoverDays);
    }

    /** What is left to send back: owed less payback releases decided and not yet executed (release only when positive). */
    public static double toReturnT(double owedT, double pendingPaybackT) {
        return owedT - pendingPaybackT;
    }
}
