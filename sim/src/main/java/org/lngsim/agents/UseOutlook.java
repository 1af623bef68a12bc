package org.lngsim.agents;

/**
 * A consumer's expected draw on its region's terminals on an ordinary day: its demand shape with
 * no shocks and no fuel limit. Regions add these up to project their use over the protocol's
 * look-ahead, so that a projection made in autumn sees the winter peak coming.
 */
interface UseOutlook {

    /** Tonnes of LNG the consumer would draw on {@code day} (counted from the start) in ordinary times. */
    double ordinaryUseT(int day);
}
