package org.lngsim.compare;

/** How a run's number stands against the reference run's. */
public enum Verdict {
    BETTER, WORSE, SAME,
    /** Different, with no better side ({@link Better#NEITHER}). */
    CHANGED,
    /**
     * Ensembles whose difference the replications do not tell from zero: the paired differences'
     * 5–95% range holds zero, or (unpaired) the two 5–95% ranges overlap.
     */
    INSIDE_SPREAD,
    /** One of the two runs lacks the number (a grid the other world does not have). */
    MISSING
}
