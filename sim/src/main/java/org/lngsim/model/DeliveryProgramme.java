package org.lngsim.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A contract's annual delivery programme: cargoes of equal size spaced so that the contracted
 * mass follows the annual quantity and its monthly profile. Cargo k is due when the contracted
 * mass accumulated since the programme began reaches (k + phase) cargoes; the phase (0..1)
 * staggers contracts so they do not all load at hour 0. Pure.
 *
 * <p>The due date means one of two things. In a <em>loading-referenced</em> programme
 * ({@link #byLoading}) it is the hour the cargo starts loading, so the loaded mass follows the
 * profile and arrivals follow it a voyage late. In an <em>arrival-referenced</em> programme
 * ({@link #byArrival}) it is the hour the cargo should reach the terminal, as annual delivery
 * programmes are agreed (delivery windows at the receiving terminal for DES; FOB liftings planned
 * by the buyer against its own arrival needs): the cargo then loads one nominal voyage
 * (loading time + sailing time) earlier, so the delivered mass follows the profile.
 */
public final class DeliveryProgramme {

    private final double annualT;
    private final double cargoT;
    private final double phase;
    private final MonthSpans months;
    private final double[] monthlyWeights;
    private final boolean arrivalReferenced;
    private final double loadingDurationHours;
    private final double sailingHours;

    /**
     * A loading-referenced programme (the due date is the loading hour).
     *
     * @param annualMt       quantity a year
     * @param cargoT         mass of one cargo
     * @param monthlyProfile relative monthly weights (null: flat)
     * @param phase          0 (inclusive) to 1 (exclusive)
     * @param start          calendar date of hour 0
     */
    public DeliveryProgramme(double annualMt, double cargoT, List<Double> monthlyProfile, double phase, LocalDate start) {
        this(annualMt, cargoT, monthlyProfile, phase, start, false, 0.0, 0.0);
    }

    private DeliveryProgramme(double annualMt, double cargoT, List<Double> monthlyProfile, double phase, LocalDate start,
            boolean arrivalReferenced, double loadingDurationHours, double sailingHours) {
        if (!(cargoT > 0) || !(annualMt > 0) || phase < 0 || phase >= 1) {
            throw new IllegalArgumentException("bad programme: annual " + annualMt + " Mt, cargo " + cargoT + " t, phase " + phase);
        }
        if (!(loadingDurationHours >= 0) || !(sailingHours >= 0) || Double.isInfinite(loadingDurationHours + sailingHours)) {
            throw new IllegalArgumentException("bad nominal voyage: loading " + loadingDurationHours + " h, sailing "
                    + sailingHours + " h");
        }
        this.annualT = annualMt * Units.T_PER_MT;
        this.cargoT = cargoT;
        this.phase = phase;
        this.months = MonthSpans.from(start);
        this.monthlyWeights = normalise(monthlyProfile);
        this.arrivalReferenced = arrivalReferenced;
        this.loadingDurationHours = loadingDurationHours;
        this.sailingHours = sailingHours;
    }

    /** A programme whose profile describes loadings: cargo k loads at its due date. */
    public static DeliveryProgramme byLoading(double annualMt, double cargoT, List<Double> monthlyProfile, double phase,
            LocalDate start) {
        return new DeliveryProgramme(annualMt, cargoT, monthlyProfile, phase, start);
    }

    /**
     * A programme whose profile describes deliveries: cargo k arrives at its due date, so it loads
     * {@code loadingDurationHours + sailingHours} earlier (the contract's nominal voyage).
     */
    public static DeliveryProgramme byArrival(double annualMt, double cargoT, List<Double> monthlyProfile, double phase,
            LocalDate start, double loadingDurationHours, double sailingHours) {
        return new DeliveryProgramme(annualMt, cargoT, monthlyProfile, phase, start, true, loadingDurationHours,
                sailingHours);
    }

    public double cargoT() {
        return cargoT;
    }

    /** Whether the profile describes arrivals (true) or loadings (false). */
    public boolean arrivalReferenced() {
        return arrivalReferenced;
    }

    /** Cargoes a year at the average rate. */
    public double cargoesPerYear() {
        return annualT / cargoT;
    }

    /** Mean hours between cargoes. */
    public double meanSpacingHours() {
        return Units.HOURS_PER_YEAR / cargoesPerYear();
    }

    /** Hours from the start of loading to arrival on the nominal voyage (0 for a loading-referenced programme). */
    public double nominalVoyageHours() {
        return loadingDurationHours + sailingHours;
    }

    /** The hour at which cargo {@code k} (0-based) loads; +infinity when the profile is all zero. */
    public double loadingHour(long k) {
        double due = dueHour(k);
        return arrivalReferenced ? due - loadingDurationHours - sailingHours : due;
    }

    /**
     * The hour cargo {@code k} should arrive: its due date in an arrival-referenced programme, one
     * nominal voyage after loading otherwise (where the nominal voyage is 0: the loading hour).
     */
    public double targetArrivalHour(long k) {
        return arrivalReferenced ? dueHour(k) : dueHour(k) + loadingDurationHours + sailingHours;
    }

    /** The hour cargo {@code k} leaves the plant on the nominal voyage (arrival-referenced programmes). */
    public double departureHour(long k) {
        return arrivalReferenced ? dueHour(k) - sailingHours : dueHour(k) + loadingDurationHours;
    }

    /**
     * Cargoes 0, 1, ... of an arrival-referenced programme that left the plant before {@code hour}
     * (a prefix, since departures are increasing): those that are at sea at the start of a run
     * beginning at {@code hour} = 0 with their arrival still ahead.
     */
    public long cargoesDepartedBefore(double hour) {
        long k = 0;
        while (departureHour(k) < hour) {
            k++;
        }
        return k;
    }

    /** The hour at which the contracted mass reaches (k + phase) cargoes; +infinity when the profile is all zero. */
    private double dueHour(long k) {
        double targetT = (k + phase) * cargoT;
        double accumulatedT = 0;
        double hour = 0;
        for (int i = 0; i < MonthSpans.MONTHS; i++) {
            double hoursInSpan = months.hours(i);
            double ratePerHour = annualT / Units.HOURS_PER_YEAR * monthlyWeights[months.monthOfYearIndex(i)];
            double spanT = ratePerHour * hoursInSpan;
            if (accumulatedT + spanT >= targetT && ratePerHour > 0) {
                return hour + (targetT - accumulatedT) / ratePerHour;
            }
            accumulatedT += spanT;
            hour += hoursInSpan;
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
