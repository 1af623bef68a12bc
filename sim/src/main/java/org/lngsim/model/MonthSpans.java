package org.lngsim.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calendar months from a start date, precomputed: the first span runs from the start date to
 * the first of the next month, each later span is a whole month. Delivery programmes walk these
 * spans every time they place a cargo, and doing the date arithmetic each time (YearMonth, leap
 * years) was a visible part of a run's profile (issue 17); the table holds exactly the numbers the
 * walk computed, so results are unchanged. Immutable; one table per start date is shared by the
 * whole process.
 */
public final class MonthSpans {

    /** Months a table covers: 200 years, the delivery programme's own guard. */
    public static final int MONTHS = 12 * 200;
    /** Distinct start dates kept (a sweep over start dates could ask for many); each table is 40 kB. */
    static final int MAX_SHARED = 64;

    private static final Map<LocalDate, MonthSpans> SHARED = new ConcurrentHashMap<>();

    private final LocalDate start;
    private final double[] hours;
    private final int[] monthOfYearIndex;

    private MonthSpans(LocalDate start) {
        this.start = start;
        this.hours = new double[MONTHS];
        this.monthOfYearIndex = new int[MONTHS];
        LocalDate monthStart = start;
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = YearMonth.from(monthStart);
            LocalDate nextMonth = month.plusMonths(1).atDay(1);
            hours[i] = ChronoUnit.DAYS.between(monthStart, nextMonth) * Units.HOURS_PER_DAY;
            monthOfYearIndex[i] = month.getMonthValue() - 1;
            monthStart = nextMonth;
        }
    }

    /** The spans from {@code start}, built on first use and shared. */
    public static MonthSpans from(LocalDate start) {
        Objects.requireNonNull(start, "start");
        MonthSpans cached = SHARED.get(start);
        if (cached != null) {
            return cached;
        }
        if (SHARED.size() >= MAX_SHARED) {
            SHARED.clear(); // tables are pure functions of the date: dropping one costs only time
        }
        return SHARED.computeIfAbsent(start, MonthSpans::new);
    }

    public LocalDate start() {
        return start;
    }

    /** Hours in span {@code i} (0: from the start date to the end of its month). */
    public double hours(int i) {
        return hours[i];
    }

    /** The calendar month of span {@code i}, 0 for January to 11 for December. */
    public int monthOfYearIndex(int i) {
        return monthOfYearIndex[i];
    }
}
