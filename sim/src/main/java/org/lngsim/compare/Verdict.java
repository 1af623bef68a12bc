package org.lngsim.compare;

/** How a run's number stands against the reference run's. */
public enum Verdict {
    BETTER, WORSE, SAME,
    /** Different, with no better side ({@link Better#NEITHER}). */
    CHANGED,
    /** One of the two runs lacks the number (a grid the other world does not have). */
    MISSING
}
