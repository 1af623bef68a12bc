package org.lngsim.protocol;

/**
 * The credit limit on emergency releases. It bounds the gas a requester has received and not
 * returned in kind — owed now, settled in money (money does not refill the donor's tanks), and
 * released to it but not yet executed: a shortage that outlasts the payback window would
 * otherwise drain the donor for good. Pure.
 */
public final class CreditLimit {

    private CreditLimit() {
    }

    /**
     * Credit left to the requester (negative when it is over the limit; infinite with no limit).
     *
     * @param limitT      the scenario's limit, infinite when it sets none
     * @param unreturnedT what the requester received and has not returned in kind
     * @param pendingT    emergency releases decided for it and not yet executed
     */
    public static double leftT(double limitT, double unreturnedT, double pendingT) {
        return limitT - unreturnedT - pendingT;
    }

    /** What the requester may ask the donors for: its shortfall, cut to the credit left (never below zero). */
    public static double askT(double shortfallT, double creditLeftT) {
        return Math.min(shortfallT, Math.max(0, creditLeftT));
    }

    /**
     * How far the cargoes released may go past the ask: a cargo comes whole, so the last one may
     * exceed it, but not past the credit left.
     */
    public static double overshootT(double creditLeftT, double askT) {
        return creditLeftT - askT;
    }
}
