package org.lngsim.protocol;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.lngsim.model.Units;

/**
 * The cap on cargoes a donor releases in any week (emergencies and paybacks together): a rolling
 * window of the last seven days, so a release falls out of it exactly one week after it was
 * decided. Pure (no simulation): the caller says when.
 */
public final class WeeklyCap {

    /** The window's length. */
    public static final double WINDOW_HOURS = Units.daysToHours(7);

    private final int maxCargoes;
    private final Map<String, ArrayDeque<Double>> releaseHoursByDonor = new HashMap<>();

    public WeeklyCap(int maxCargoes) {
        this.maxCargoes = maxCargoes;
    }

    /** Notes a release by {@code donorId} decided at {@code hour} (hours never decrease). */
    public void record(String donorId, double hour) {
        releaseHoursByDonor.computeIfAbsent(donorId, k -> new ArrayDeque<>()).add(hour);
    }

    /** How many more cargoes {@code donorId} may release at {@code nowHour}. */
    public int leftAt(String donorId, double nowHour) {
        ArrayDeque<Double> hours = releaseHoursByDonor.computeIfAbsent(donorId, k -> new ArrayDeque<>());
        while (!hours.isEmpty() && hours.peekFirst() <= nowHour - WINDOW_HOURS) {
            hours.pollFirst();
        }
        return maxCargoes - hours.size();
    }
}
