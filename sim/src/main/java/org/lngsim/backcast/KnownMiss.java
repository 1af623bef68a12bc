package org.lngsim.backcast;

import org.lngsim.scenario.yaml.Location;

/**
 * A figure the model is known to miss, with the model mechanism that explains it and the issue
 * meant to fix it: a line of {@code scenarios/backcasts/known-misses.csv}.
 */
public record KnownMiss(String event, String figure, int issue, String mechanism, Location location) {

    /** The key that ties it to an observation. */
    public String key() {
        return key(event, figure);
    }

    static String key(String event, String figure) {
        return event + "/" + figure;
    }
}
