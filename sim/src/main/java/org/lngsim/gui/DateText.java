package org.lngsim.gui;

import java.time.LocalDate;
import java.util.Locale;

/** The simulated date shown on the map and in the Model tab: "2024-03-05 14:00 (day 64)". */
final class DateText {

    private DateText() {
    }

    static String of(LocalDate start, double hour) {
        double clamped = Math.max(0.0, hour);
        int day = (int) Math.floor(clamped / 24.0);
        int hourOfDay = (int) Math.floor(clamped - 24.0 * day);
        return String.format(Locale.ROOT, "%s %02d:00 (day %d)", start.plusDays(day), hourOfDay, day);
    }
}
