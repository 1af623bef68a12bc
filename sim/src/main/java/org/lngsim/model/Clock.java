package org.lngsim.model;

import java.time.LocalDate;

/** Converts simulated hours to calendar positions (month, weekday, hour of day). */
public final class Clock {

    private final LocalDate start;
    private final double horizonHours;
    private final int[] monthOfDay;
    private final int[] weekdayOfDay;

    public Clock(LocalDate start, int horizonDays) {
        this.start = start;
        this.horizonHours = Units.daysToHours(horizonDays);
        this.monthOfDay = new int[horizonDays + 1];
        this.weekdayOfDay = new int[horizonDays + 1];
        for (int day = 0; day <= horizonDays; day++) {
            LocalDate date = start.plusDays(day);
            monthOfDay[day] = date.getMonthValue() - 1;
            weekdayOfDay[day] = date.getDayOfWeek().getValue() - 1;
        }
    }

    public LocalDate start() {
        return start;
    }

    public double horizonHours() {
        return horizonHours;
    }

    public static int day(double hour) {
        return (int) Math.floor(Units.hoursToDays(hour));
    }

    public static int hourOfDay(double hour) {
        return Math.floorMod((int) Math.floor(hour), (int) Units.HOURS_PER_DAY);
    }

    /** 0 = January. */
    public int month(double hour) {
        return monthOfDay[clampDay(hour)];
    }

    /** 0 = Monday. */
    public int weekday(double hour) {
        return weekdayOfDay[clampDay(hour)];
    }

    /** The month (0 = January) of any day counted from the start, within the horizon or past it. */
    public int monthOn(int day) {
        return day >= 0 && day < monthOfDay.length ? monthOfDay[day] : start.plusDays(day).getMonthValue() - 1;
    }

    /** The weekday (0 = Monday) of any day counted from the start, within the horizon or past it. */
    public int weekdayOn(int day) {
        return day >= 0 && day < weekdayOfDay.length ? weekdayOfDay[day]
                : start.plusDays(day).getDayOfWeek().getValue() - 1;
    }

    private int clampDay(double hour) {
        return Math.max(0, Math.min(monthOfDay.length - 1, day(hour)));
    }
}
