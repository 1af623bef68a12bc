package org.lngsim.protocol;

import java.util.Arrays;
import java.util.Collection;
import org.lngsim.model.Units;

/**
 * A party's days of cover projected day by day over a look-ahead window: usable stock plus the
 * arrivals expected by each day, minus the use expected until then, divided by that day's expected
 * use. Expected use is given per day (index 0 = today) so that a projection made in autumn sees
 * the winter peak coming; the constant-use forms are the same with every day alike. Pure.
 */
public final class CoverProjection {

    private CoverProjection() {
    }

    /** The lowest projected cover (days) over the window, day 0 (now) included, at a constant use. */
    public static double minCoverDays(double usableT, double dailyUseT, Collection<Arrival> arrivals, double nowHour,
            double lookAheadDays) {
        return minCoverDays(usableT, constant(dailyUseT, lookAheadDays), arrivals, nowHour, lookAheadDays);
    }

    /** The lowest projected cover (days) over the window, with {@code useByDayT[d]} expected on day d. */
    public static double minCoverDays(double usableT, double[] useByDayT, Collection<Arrival> arrivals, double nowHour,
            double lookAheadDays) {
        double min = Double.POSITIVE_INFINITY;
        double usedT = 0;
        for (int day = 0; day <= days(lookAheadDays); day++) {
            double useT = useByDayT[day];
            if (useT > 0) {
                min = Math.min(min, (usableT + arrivedT(arrivals, nowHour, day) - usedT) / useT);
            }
            usedT += useT;
        }
        return min;
    }

    /** Tonnes to add now so that projected cover never drops below {@code targetDays}, at a constant use. */
    public static double shortfallToTargetT(double usableT, double dailyUseT, Collection<Arrival> arrivals,
            double nowHour, double lookAheadDays, double targetDays) {
        return shortfallToTargetT(usableT, constant(dailyUseT, lookAheadDays), arrivals, nowHour, lookAheadDays,
                targetDays);
    }

    /** Tonnes to add now so that projected cover never drops below {@code targetDays} in the window. */
    public static double shortfallToTargetT(double usableT, double[] useByDayT, Collection<Arrival> arrivals,
            double nowHour, double lookAheadDays, double targetDays) {
        double need = 0;
        double usedT = 0;
        for (int day = 0; day <= days(lookAheadDays); day++) {
            double usable = usableT + arrivedT(arrivals, nowHour, day) - usedT;
            need = Math.max(need, targetDays * useByDayT[day] - usable);
            usedT += useByDayT[day];
        }
        return need;
    }

    /** How many entries a use-by-day array needs for a window of {@code lookAheadDays}. */
    public static int entries(double lookAheadDays) {
        return days(lookAheadDays) + 1;
    }

    private static int days(double lookAheadDays) {
        return (int) Math.ceil(lookAheadDays);
    }

    private static double[] constant(double dailyUseT, double lookAheadDays) {
        double[] use = new double[entries(lookAheadDays)];
        Arrays.fill(use, Math.max(0.0, dailyUseT));
        return use;
    }

    private static double arrivedT(Collection<Arrival> arrivals, double nowHour, int day) {
        double horizon = nowHour + Units.daysToHours(day);
        double arrived = 0;
        for (Arrival arrival : arrivals) {
            if (arrival.hour() <= horizon) {
                arrived += arrival.massT();
            }
        }
        return arrived;
    }
}
