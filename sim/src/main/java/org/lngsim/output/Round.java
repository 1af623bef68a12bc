package org.lngsim.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of summary figures to a precision that means something (a tonne, a MWh, a thousandth of a percent). */
final class Round {

    static final int MT = 6;
    static final int GWH = 3;
    static final int MW = 1;
    static final int PCT = 3;
    static final int DAYS = 2;
    static final int RELATIVE = 12;

    private Round() {
    }

    static double to(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        double rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
        return rounded == 0 ? 0 : rounded; // no "-0" in the summary
    }

    /** {@code part / whole} in percent, 0 when there is no whole to speak of. */
    static double pct(double part, double whole) {
        return whole > 0 ? to(100 * part / whole, PCT) : 0;
    }
}
