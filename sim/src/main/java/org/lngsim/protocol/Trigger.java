package org.lngsim.protocol;

/**
 * When a party asks for cargoes: its lowest projected cover over the look-ahead is below its
 * trigger. A cover exactly at the trigger does not ask. Pure.
 */
public final class Trigger {

    private Trigger() {
    }

    public static boolean fires(double projectedMinCoverDays, double triggerDays) {
        return projectedMinCoverDays < triggerDays;
    }
}
