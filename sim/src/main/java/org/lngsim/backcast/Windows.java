package org.lngsim.backcast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.lngsim.model.Units;

/**
 * The arithmetic of an observation window over a run: dates to day indices, whole calendar months,
 * and sums, means and minima of a daily series over the days. Pure; the window's days are
 * {@code firstDay..lastDay}, both included, counted from the run's start.
 */
public record Windows(int firstDay, int lastDay) {

    public Windows {
        if (lastDay < firstDay) {
            throw new IllegalArgumentException("a window ends before it starts: " + firstDay + ".." + lastDay);
        }
    }

    /** The days of {@code from..to} (both included) in a run that starts on {@code start}. */
    public static Windows of(LocalDate start, LocalDate from, LocalDate to) {
        return new Windows(Math.toIntExact(ChronoUnit.DAYS.between(start, from)),
                Math.toIntExact(ChronoUnit.DAYS.between(start, to)));
    }

    public int days() {
        return lastDay - firstDay + 1;
    }

    /** True when a moment ({@code hours} from the start) falls on one of the window's days. */
    public boolean holdsHours(double hours) {
        double day = Units.hoursToDays(hours);
        return day >= firstDay && day < lastDay + 1;
    }

    /** The calendar months lying wholly inside {@code from..to}. */
    public static List<YearMonth> wholeMonths(LocalDate from, LocalDate to) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth month = YearMonth.from(from.getDayOfMonth() == 1 ? from : from.plusMonths(1));
        while (!month.atEndOfMonth().isAfter(to)) {
            months.add(month);
            month = month.plusMonths(1);
        }
        return months;
    }

    /** The sum of the window's days; missing days (NaN) count as nothing. */
    public double sum(double[] daily) {
        double total = 0;
        for (int d = firstDay; d <= lastDay && d < daily.length; d++) {
            if (!Double.isNaN(daily[d])) {
                total += daily[d];
            }
        }
        return total;
    }

    /** The mean over the window's days that have a value; empty when none has. */
    public OptionalDouble mean(double[] daily) {
        double total = 0;
        int counted = 0;
        for (int d = firstDay; d <= lastDay && d < daily.length; d++) {
            if (!Double.isNaN(daily[d])) {
                total += daily[d];
                counted++;
            }
        }
        return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(total / counted);
    }

    /** The lowest value over the window's days; empty when no day has one. */
    public OptionalDouble min(double[] daily) {
        double min = Double.POSITIVE_INFINITY;
        for (int d = firstDay; d <= lastDay && d < daily.length; d++) {
            if (!Double.isNaN(daily[d])) {
                min = Math.min(min, daily[d]);
            }
        }
        return min == Double.POSITIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(min);
    }
}
