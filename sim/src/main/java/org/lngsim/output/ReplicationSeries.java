package org.lngsim.output;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lngsim.events.EventListener;
import org.lngsim.events.GridHour;
import org.lngsim.events.PoolDay;
import org.lngsim.events.RegionDay;
import org.lngsim.events.SimEvent;
import org.lngsim.runfolder.EnsembleBand;

/**
 * One run's daily values of the {@link EnsembleBand}s, held in memory for the ensemble's bands:
 * a grid's unserved energy and a pool's unserved gas per day (zero on a day without any), and a
 * region's end-of-day stock. Computed as {@code timeseries.csv} computes them, so a band drawn
 * over one replication is that replication's line.
 */
public final class ReplicationSeries implements EventListener {

    private static final double MW_TO_GW = 1e-3;

    /** An entity's band: the grid, pool or region, and which value. */
    public record Key(String entity, EnsembleBand band) {
    }

    private final int days;
    private final Map<Key, double[]> values = new LinkedHashMap<>();

    public ReplicationSeries(int horizonDays) {
        this.days = horizonDays;
    }

    @Override
    public void on(SimEvent event) {
        if (event instanceof GridHour g) {
            // One GridHour covers one hour, so MW summed over the day are MWh.
            add(new Key(g.gridId(), EnsembleBand.GRID_UNSERVED), event, g.unservedMW() * MW_TO_GW, 0);
        } else if (event instanceof PoolDay p) {
            add(new Key(p.poolId(), EnsembleBand.POOL_UNSERVED), event, p.unservedMmscmd(), 0);
        } else if (event instanceof RegionDay r) {
            set(new Key(r.regionId(), EnsembleBand.REGION_STOCK), event, r.stockT());
        }
    }

    private void add(Key key, SimEvent event, double amount, double empty) {
        int day = Days.of(event.timeHours());
        if (day >= 0 && day < days) {
            series(key, empty)[day] += amount;
        }
    }

    private void set(Key key, SimEvent event, double value) {
        int day = Days.of(event.timeHours());
        if (day >= 0 && day < days) {
            series(key, Double.NaN)[day] = value;
        }
    }

    private double[] series(Key key, double empty) {
        return values.computeIfAbsent(key, k -> {
            double[] series = new double[days];
            Arrays.fill(series, empty);
            return series;
        });
    }

    /** The entities seen, in first-seen order (scenario order, as the events come). */
    public Iterable<Key> keys() {
        return values.keySet();
    }

    /** The key's values by day (a copy); NaN for a stock never observed on that day, or for an unseen key. */
    public double[] values(Key key) {
        double[] series = values.get(key);
        if (series == null) {
            double[] none = new double[days];
            Arrays.fill(none, key.band() == EnsembleBand.REGION_STOCK ? Double.NaN : 0);
            return none;
        }
        return series.clone();
    }

    public int days() {
        return days;
    }
}
