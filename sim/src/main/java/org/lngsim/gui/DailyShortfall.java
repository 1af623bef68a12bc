package org.lngsim.gui;

import java.util.Arrays;
import org.lngsim.events.EventListener;
import org.lngsim.events.GridHour;
import org.lngsim.events.PoolDay;
import org.lngsim.events.SimEvent;
import org.lngsim.model.Clock;

/**
 * The run's unserved energy (GWh a day, all grids) and unserved gas (million m³ a day, all gas
 * pools), day by day, from the grids' hourly and the pools' daily observations. The simulation's
 * thread writes; a chart reads copies ({@link #energyGWh()}, {@link #gasMcm()}), hence the locks.
 */
final class DailyShortfall implements EventListener {

    private static final double MWH_PER_GWH = 1000.0;

    private double[] energyGWh;
    private double[] gasMcm;
    private int days;

    DailyShortfall(int horizonDays) {
        energyGWh = new double[horizonDays];
        gasMcm = new double[horizonDays];
    }

    @Override
    public synchronized void on(SimEvent event) {
        if (event instanceof GridHour hour) {
            // One hour at unservedMW is unservedMW MWh.
            add(energyGWh, Clock.day(hour.timeHours()), hour.unservedMW() / MWH_PER_GWH);
        } else if (event instanceof PoolDay day) {
            // A pool day at unservedMmscmd leaves that many million m³ unserved; stamped at the day's start.
            add(gasMcm, Clock.day(day.timeHours()), day.unservedMmscmd());
        }
    }

    private void add(double[] series, int day, double value) {
        if (day < 0 || day >= series.length) {
            return;
        }
        series[day] += value;
        days = Math.max(days, day + 1);
    }

    /** Days with a record so far. */
    synchronized int days() {
        return days;
    }

    synchronized double[] energyGWh() {
        return Arrays.copyOf(energyGWh, days);
    }

    synchronized double[] gasMcm() {
        return Arrays.copyOf(gasMcm, days);
    }

    synchronized double totalEnergyGWh() {
        return Arrays.stream(energyGWh).sum();
    }

    synchronized double totalGasMcm() {
        return Arrays.stream(gasMcm).sum();
    }
}
