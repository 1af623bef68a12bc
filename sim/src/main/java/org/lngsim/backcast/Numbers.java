package org.lngsim.backcast;

import java.math.BigDecimal;
import java.util.Locale;

/** How figures are written in the back-cast's tables: as few digits as the number needs. */
final class Numbers {

    private Numbers() {
    }

    /** A published figure as written: 65.9, 0.19, 270 (no trailing zeros, no exponent). */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A model figure to three significant digits (at least a whole number): 65.4, 0.187, 1230. */
    static String model(double value) {
        double magnitude = Math.abs(value);
        if (magnitude == 0) {
            return "0";
        }
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
