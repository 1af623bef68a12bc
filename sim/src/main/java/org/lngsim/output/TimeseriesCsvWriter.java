package org.lngsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.lngsim.events.CargoUnloaded;
import org.lngsim.events.GasDemandDay;
import org.lngsim.events.GridHour;
import org.lngsim.events.MarketDay;
import org.lngsim.events.PoolDay;
import org.lngsim.events.RegionDay;
import org.lngsim.events.SectorDay;
import org.lngsim.events.SimEvent;
import org.lngsim.events.TerminalDay;
import org.lngsim.runfolder.RunFile;
import org.lngsim.runfolder.TimeseriesColumn;

/**
 * {@code timeseries.csv}: daily values in long format ({@code day,entity,variable,value,unit}).
 *
 * <p>Days are aggregated in memory and written once they can no longer change. A day is written
 * when an event two days later arrives, not one: the end-of-day observations of day d
 * (terminal, region) are stamped 24·d but may be published at the start of day d+1, after
 * that day's first grid hour. Holding one extra day keeps memory bounded by two days whatever
 * the horizon. An observation for a day already written is an ordering bug in the model and
 * fails loudly rather than being dropped.
 */
final class TimeseriesCsvWriter extends StreamingCsvWriter {

    private static final double MW_TO_GW = 1e-3;

    private final TreeMap<Integer, DaySeries> open = new TreeMap<>();
    private int lastWrittenDay = Integer.MIN_VALUE;

    TimeseriesCsvWriter(Path folder) throws IOException {
        super(RunFile.TIMESERIES.in(folder), TimeseriesColumn.headerLine());
    }

    @Override
    void accept(SimEvent event, BufferedWriter out) throws IOException {
        if (!contributes(event)) {
            return;
        }
        int day = Days.of(event.timeHours());
        writeDaysBefore(day - 1, out);
        if (day <= lastWrittenDay) {
            throw new IllegalStateException("time series: " + event.type() + " for day " + day
                    + " arrived after day " + lastWrittenDay + " was written");
        }
        add(open.computeIfAbsent(day, DaySeries::new), event);
    }

    /** How many days are held in memory now (for tests of the streaming bound). */
    int openDayCount() {
        return open.size();
    }

    @Override
    void flushRemaining(BufferedWriter out) throws IOException {
        writeDaysBefore(Integer.MAX_VALUE, out);
    }

    private static boolean contributes(SimEvent event) {
        return event.isObservation() || event instanceof CargoUnloaded;
    }

    private void writeDaysBefore(int day, BufferedWriter out) throws IOException {
        Iterator<Map.Entry<Integer, DaySeries>> days = open.headMap(day, false).entrySet().iterator();
        while (days.hasNext()) {
            DaySeries series = days.next().getValue();
            series.write(out);
            lastWrittenDay = series.day();
            days.remove();
        }
    }

    private static void add(DaySeries day, SimEvent event) {
        if (event instanceof GridHour g) {
            // One GridHour covers one hour, so MW summed over the day are MWh.
            day.add(SeriesKind.GRID, g.gridId(), g.demandMW() * MW_TO_GW, g.nonGasMW() * MW_TO_GW,
                    g.gasMW() * MW_TO_GW, g.oilMW() * MW_TO_GW, g.demandResponseMW() * MW_TO_GW,
                    g.unservedMW() * MW_TO_GW, g.unservedMW(), g.fuelT(), g.conserving() ? 1 : 0);
            if (g.meritOrder()) {
                day.add(SeriesKind.GRID_CARRIED, g.gridId(), g.switchingMW() * MW_TO_GW, g.extraImportMW() * MW_TO_GW,
                        g.gasAbovePlanMW() * MW_TO_GW);
            }
        } else if (event instanceof TerminalDay t) {
            day.add(SeriesKind.TERMINAL, t.terminalId(), t.stockT(), t.sendOutT(), t.receivedT());
        } else if (event instanceof RegionDay r) {
            day.add(SeriesKind.REGION, r.regionId(), r.stockT(), r.usableT(), r.daysOfCover());
            if (r.utilityStockT() != null) {
                // Validation makes every region of such an importer declare its share, so the sums are whole.
                day.add(SeriesKind.IMPORTER_STOCK, r.importerId(), r.stockT(), r.utilityStockT());
            }
        } else if (event instanceof PoolDay p) {
            day.add(SeriesKind.POOL, p.poolId(), p.demandMmscmd(), p.domesticMmscmd(), p.lngMmscmd(), p.unservedMmscmd());
        } else if (event instanceof SectorDay s) {
            day.add(SeriesKind.SECTOR, s.poolId() + "/" + s.sectorId(), s.demandMmscmd(), s.servedMmscmd());
        } else if (event instanceof GasDemandDay d) {
            day.add(SeriesKind.GAS_DEMAND, d.demandId(), d.requestedT(), d.servedT());
        } else if (event instanceof CargoUnloaded u) {
            day.add(SeriesKind.IMPORTER, u.importerId(), u.deliveredT());
        } else if (event instanceof MarketDay m) {
            day.add(SeriesKind.MARKET, m.marketId(), m.priceUsdPerMMBtu(), m.tightness(), m.supplyCargoesPerMonth(),
                    m.onOfferCargoes(), m.otherAsiaCargoes(), m.idleShips());
            if (Double.isFinite(m.charterRateUsdPerDay())) {
                day.add(SeriesKind.CHARTER, m.marketId(), m.charterRateUsdPerDay(), m.freeShips());
            }
        }
        // Other observations (none today) have no time series yet.
    }
}
