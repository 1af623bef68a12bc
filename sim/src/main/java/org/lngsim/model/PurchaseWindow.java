package org.lngsim.model;

/**
 * The importers' spot demand as a monthly rate, so it can be added to other Asia's cargoes a month
 * and set against the flexible supply's cargoes a month: the cargoes they were awarded over the last
 * {@link #WINDOW_DAYS} days, plus today's bids (still wanted), scaled from the window to the
 * calendar month. A day's bids alone are a daily figure; adding them to a monthly one (as the
 * market did before) made an importer's buying count a thirtieth of what it was.
 */
public final class PurchaseWindow {

    /** The window in days: about a month, the period of the other terms in the tightness. */
    public static final int WINDOW_DAYS = 30;

    /** Awards of the window's days and of today, each at {@code day % (WINDOW_DAYS + 1)}. */
    private final int[] awardedByDay = new int[WINDOW_DAYS + 1];
    private int lastDay = -1;

    /** Records cargoes awarded on {@code day} (days must not go backwards). */
    public void award(int day, int cargoes) {
        advanceTo(day);
        if (cargoes < 0) {
            throw new IllegalArgumentException("cargoes must not be negative: " + cargoes);
        }
        awardedByDay[slot(day)] += cargoes;
    }

    /** Cargoes awarded on days {@code day − WINDOW_DAYS} to {@code day − 1}. */
    public int awardedBefore(int day) {
        advanceTo(day);
        int sum = 0;
        for (int i = 0; i < awardedByDay.length; i++) {
            if (i != slot(day)) {
                sum += awardedByDay[i];
            }
        }
        return sum;
    }

    /** The importers' spot demand in cargoes a month: the window's awards and today's bids, per {@code daysInMonth}. */
    public double cargoesPerMonth(int day, int bidsToday, int daysInMonth) {
        if (bidsToday < 0 || daysInMonth <= 0) {
            throw new IllegalArgumentException("bids must not be negative and a month has days");
        }
        return (awardedBefore(day) + bidsToday) * (double) daysInMonth / WINDOW_DAYS;
    }

    private static int slot(int day) {
        return day % (WINDOW_DAYS + 1);
    }

    private void advanceTo(int day) {
        if (day < lastDay) {
            throw new IllegalArgumentException("day " + day + " is before day " + lastDay);
        }
        // a day entering the window's slot ring replaces the day WINDOW_DAYS + 1 before it
        for (int d = Math.max(lastDay + 1, day - WINDOW_DAYS); d <= day; d++) {
            awardedByDay[slot(d)] = 0;
        }
        lastDay = Math.max(lastDay, day);
    }
}
