package org.lngsim.compare;

import org.lngsim.charts.DisplayNumbers;

/**
 * How a comparison's cells read, the same on the page and on the console: a number (an ensemble's
 * median with its 5–95% range), and a difference with its sign, range and verdict.
 */
final class CellText {

    private CellText() {
    }

    static String value(Double value, Draws draws) {
        if (value == null) {
            return "—";
        }
        return draws == null ? DisplayNumbers.forReader(value) : DisplayNumbers.forReader(value) + " (" + DisplayNumbers.forReader(draws.p5()) + "–" + DisplayNumbers.forReader(draws.p95()) + ")";
    }

    static String difference(Difference d) {
        return switch (d.verdict()) {
            case MISSING -> "—";
            case SAME -> "same";
            default -> signed(d.delta()) + (d.ranged() ? " (" + signed(d.low()) + " to " + signed(d.high()) + ")" : "")
                    + (d.verdict() == Verdict.INSIDE_SPREAD ? ", inside the spread" : "");
        };
    }

    private static String signed(double v) {
        String magnitude = DisplayNumbers.forReader(Math.abs(v));
        // a difference that rounds to nothing has no sign to show
        if (v == 0 || magnitude.matches("0(\\.0+)?")) {
            return "0";
        }
        return (v > 0 ? "+" : "−") + magnitude;
    }
}
