package org.lngsim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lngsim.events.EventListener;
import org.lngsim.events.GridHour;
import org.lngsim.events.Numbers;
import org.lngsim.events.PoolDay;
import org.lngsim.events.SimEvent;
import org.lngsim.model.Units;

/**
 * A run's daily shortfall, kept for percentile bands across replications: unserved energy per
 * grid (GWh) and unserved gas per pool (mmscmd), days with none left out (they read as zero).
 */
final class DailyShortfall implements EventListener {

    private final int run;
    private final Map<Integer, Map<String, Double>> byDay = new TreeMap<>();

    DailyShortfall(int run) {
        this.run = run;
    }

    @Override
    public void on(SimEvent event) {
        if (event instanceof GridHour hour && hour.unservedMW() > 0) {
            add((int) Math.floor(Units.hoursToDays(hour.timeHours())), "grid/" + hour.gridId(), hour.unservedMW() / 1000.0);
        } else if (event instanceof PoolDay day && day.unservedMmscmd() > 0) {
            add((int) Math.floor(Units.hoursToDays(day.timeHours())), "pool/" + day.poolId(), day.unservedMmscmd());
        }
    }

    private void add(int day, String entity, double amount) {
        byDay.computeIfAbsent(day, d -> new TreeMap<>()).merge(entity, amount, Double::sum);
    }

    /** Rows {@code run,day,entity,unserved,unit} (GWh for grids, mmscmd for pools). */
    List<String> rows() {
        List<String> rows = new ArrayList<>();
        byDay.forEach((day, entities) -> entities.forEach((entity, amount) ->
                rows.add(run + "," + day + "," + entity + "," + Numbers.format(amount) + "," + unitOf(entity))));
        return rows;
    }

    private static String unitOf(String entity) {
        return entity.startsWith("grid/") ? "GWh" : "mmscmd";
    }
}
