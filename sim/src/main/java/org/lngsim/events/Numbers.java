package org.lngsim.events;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting for output files: locale-free, no exponent, at most six decimals, trailing
 * zeros dropped, so equal runs give byte-identical files on every machine.
 */
public final class Numbers {

    private Numbers() {
    }

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String text = rounded.toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
