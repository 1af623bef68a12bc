package org.lngsim.charts;

import java.util.Locale;

/** Number formats shared by the chart texts and the report, so both say the same thing. */
public final class DisplayNumbers {

    private DisplayNumbers() {
    }

    /** One decimal with thousands separators: 1,234.5. */
    public static String one(double value) {
        return String.format(Locale.ROOT, "%,.1f", value);
    }

    /** Two decimals with thousands separators: 1,234.56. */
    public static String two(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    /** A whole number with thousands separators. */
    public static String whole(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /**
     * A figure as a reader sees it in tables: whole quantities (hours, MW, counts) and anything of
     * 100 or more as a whole number, small fractions with two decimals.
     */
    public static String forReader(double value) {
        return Math.abs(value) >= 100 || value == Math.rint(value) ? whole(value) : two(value);
    }
}
