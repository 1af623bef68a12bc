package org.lngsim.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * A contract's annual delivery programme: cargoes of equal size spaced so that the mass loaded
 * follows the annual quantity and its monthly profile. Cargo k loads when the contracted mass
 * accumulated since the programme began reaches (k + phase) cargoes; the phase (0..1) staggers
 * contracts so they do not all load at hour 0. Pure.
 */
public final class DeliveryProgramme {

    private final double annualT;
    private final double cargoT;
    private final double phase;
    private final LocalDate start;
    private final double[] monthlyWeights;

    /**
     * @param annualMt       quantity a year
     * @param cargoT         mass of one cargo
     * @param monthlyProfile relative monthly weights (null: flat)
     * @param phase          0 (inclusive) to 1 (exclusive)
     * @param start          calendar date of hour 0
     */
    public DeliveryProgramme(double annualMt, double cargoT, List<Double> monthlyProfile, double phase, LocalDate start) {
        if (!(cargoT > 0) || !(annualMt > 0) || phase < 0 || phase >= 1) {
            throw new IllegalArgumentException("bad programme: annual " + annualMt + " Mt, cargo " + cargoT + " t, phase " + phase);
        }
        this.annualT = annualMt * Units.T_PER_MT;
        this.cargoT = cargoT;
        this.phase = phase;
        this.start = start;
        this.monthlyWeights = normalise(monthlyProfile);
    }

    public double cargoT() {
        return cargoT;
    }

    /** Cargoes a year at the average rate. */
    public double cargoesPerYear() {
        return annualT / cargoT;
    }

    /** Mean hours between cargoes. */
    public double meanSpacingHours() {
        return Units.HOURS_PER_YEAR / cargoesPerYear();
    }

    /** The hour at which cargo {@code k} (0-based) loads; +infinity when the profile is all zero. */
    public double loadingHour(long k) {
        double targetT = (k + phase) * cargoT;
        double accumulatedT = 0;
        LocalDate monthStart = start;
        double hour = 0;
        for (int guard = 0; guard < 12 * 200; guard++) {
            YearMonth month = YearMonth.from(monthStart);
            LocalDate nextMonth = month.plusMonths(1).atDay(1);
            double hoursInSpan = ChronoUnit.DAYS.between(monthStart, nextMonth) * Units.HOURS_PER_DAY;
            double ratePerHour = annualT / Units.HOURS_PER_YEAR * monthlyWeights[month.getMonthValue() - 1];
            double spanT = ratePerHour * hoursInSpan;
            if (accumulatedT + spanT >= targetT && ratePerHour > 0) {
                return hour + (targetT - accumulatedT) / ratePerHour;
            }
            accumulatedT += spanT;
            hour += hoursInSpan;
            monthStart = nextMonth;
        }
        return Double.POSITIVE_INFINITY;
    }

    private static double[] normalise(List<Double> profile) {
        double[] weights = new double[12];
        if (profile == null) {
            Arrays.fill(weights, 1.0);
            return weights;
        }
        double sum = 0;
        for (int m = 0; m < 12; m++) {
            weights[m] = profile.get(m);
            sum += weights[m];
        }
        for (int m = 0; m < 12; m++) {
            weights[m] = weights[m] * 12.0 / sum;
        }
        return weights;
    }
}
