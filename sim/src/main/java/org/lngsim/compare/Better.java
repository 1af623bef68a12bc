package org.lngsim.compare;

/** Which way a headline number is good: shortfalls are better lower; deliveries are shown plain. */
public enum Better {
    LOWER,
    /** A quantity with no better side for a reader (LNG delivered: more is not always better). */
    NEITHER
}
