package org.lngsim.output;

import java.util.ArrayList;
import java.util.List;
import org.lngsim.events.CargoArrived;
import org.lngsim.events.CargoAtSeaAtEnd;
import org.lngsim.events.CargoAtSeaAtStart;
import org.lngsim.events.CargoBerthed;
import org.lngsim.events.CargoCancelled;
import org.lngsim.events.CargoLoaded;
import org.lngsim.events.CargoUnloaded;
import org.lngsim.events.ChokepointPassed;
import org.lngsim.events.GasDemandDay;
import org.lngsim.events.GridHour;
import org.lngsim.events.PoolDay;
import org.lngsim.events.RegionDay;
import org.lngsim.events.SectorDay;
import org.lngsim.events.SimEvent;
import org.lngsim.events.TerminalDay;
import org.lngsim.events.VesselRerouted;
import org.lngsim.events.VoyageDeparted;
import org.lngsim.geo.GeoPoint;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.scenario.load.TestScenarios;

/**
 * A hand-built, mass-consistent three-day run of the mini world, published as the model would:
 * hourly grid observations, end-of-day observations stamped with the day they describe but
 * published at the first instant of the next day, and one story per kind of cargo.
 *
 * <p>Mass: 60,000 t at sea at start (q-1, 400 t boiled off, 59,600 t delivered at Dahej) and
 * 70,000 t loaded (g-1, 150 t boiled off, still at sea at the end with 69,850 t), so the
 * balance closes exactly.
 */
final class SyntheticRun {

    private SyntheticRun() {
    }

    static LoadedScenario miniWorld() {
        try {
            return new ScenarioLoader().load(TestScenarios.miniWorld());
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<SimEvent> events() {
        List<SimEvent> events = new ArrayList<>();
        events.add(new CargoAtSeaAtStart(0, "q-1", "qatar-india", "qflex-1", "ras-laffan", "dahej", "india", 60000,
                List.of(GeoPoint.ofLonLat(51.6, 25.9), GeoPoint.ofLonLat(72.6, 21.7))));
        for (int day = 0; day < 3; day++) {
            int d = day;
            for (int hour = 0; hour < 24; hour++) {
                double t = d * 24 + hour;
                // Day 1, hours 10-12: 500 MW unserved.
                double unservedMW = d == 1 && hour >= 10 && hour < 13 ? 500 : 0;
                events.add(new GridHour(t, "tokyo", 30000, 12000, 16000, 1000, 500, unservedMW, 2000, d == 1));
                if (d > 0 && hour == 0) {
                    // The RECORD phase runs after the GRID phase of the same instant.
                    endOfDay(events, d - 1);
                }
                if (d == 0 && hour == 6) {
                    events.add(new CargoLoaded(t, "g-1", "gladstone-japan", "std-1", "gladstone", "futtsu", "japan", 70000));
                    events.add(new VoyageDeparted(t, "std-1", "g-1", "gladstone", "futtsu", true, 3900, 200, "",
                            List.of(GeoPoint.ofLonLat(151.3, -23.8), GeoPoint.ofLonLat(139.8, 35.3))));
                }
                if (d == 1 && hour == 3) {
                    events.add(new ChokepointPassed(t, "qflex-1", "q-1", "hormuz"));
                    events.add(new CargoArrived(t + 0.5, "qflex-1", "q-1", "dahej", 59600));
                }
                if (d == 1 && hour == 8) {
                    events.add(new CargoBerthed(t, "qflex-1", "q-1", "dahej", 4.5));
                }
                if (d == 1 && hour == 20) {
                    events.add(new CargoUnloaded(t, "qflex-1", "q-1", "qatar-india", "ras-laffan", "dahej", "india", 59600, 400, false));
                    events.add(new CargoCancelled(t, "qatar-india", "ras-laffan", "dahej", "india", 80000, "force majeure, \"Hormuz\""));
                }
            }
        }
        endOfDay(events, 2);
        events.add(new CargoAtSeaAtEnd(72, "std-1", "g-1", "futtsu", "japan", 69850, 150));
        return events;
    }

    /** The observations of the end of {@code day}, published at the first instant of the next. */
    private static void endOfDay(List<SimEvent> events, int day) {
        double t = day * 24.0;
        double received = day == 1 ? 59600 : 0;
        events.add(new TerminalDay(t, "futtsu", "japan", 400000 - 10000 * day, 40000, 460000, 10000, 0));
        events.add(new TerminalDay(t, "dahej", "india", 300000 + received - 20000 * day, 36000, 420000, 20000, received));
        events.add(new RegionDay(t, "tokyo-bay", "japan", 400000 - 10000 * day, 360000, 40000, 9 - day, null));
        events.add(new RegionDay(t, "india", "india", 300000 - 20000 * day + received, 264000, 25000, 10.56 + day, null));
        events.add(new PoolDay(t, "india", 113, 95, 0, 13.6, 10000, day == 2 ? 4.4 : 0));
        events.add(new SectorDay(t, "india", "city-gas-priority", 25, 25));
        events.add(new SectorDay(t, "india", "fertiliser", 60, 60));
        events.add(new SectorDay(t, "india", "power", 28, day == 2 ? 23.6 : 28));
        events.add(new GasDemandDay(t, "tokyo-city-gas", "tokyo-bay", 8000, day == 0 ? 6000 : 8000));
    }

    /** Where q-2 (below) sails: Ras Laffan, Hormuz, then Dahej or, redirected, Futtsu. */
    static final GeoPoint RAS_LAFFAN = GeoPoint.ofLonLat(51.6, 25.9);
    static final GeoPoint HORMUZ = GeoPoint.ofLonLat(56.5, 26.5);
    static final GeoPoint DAHEJ = GeoPoint.ofLonLat(72.6, 21.7);
    static final GeoPoint TURNED = GeoPoint.ofLonLat(60.25, 24.5);
    static final GeoPoint MALACCA = GeoPoint.ofLonLat(100.5, 3.5);
    static final GeoPoint FUTTSU = GeoPoint.ofLonLat(139.8, 35.3);

    /**
     * A rerouted, redirected cargo: q-2 planned for Dahej turns at {@link #TURNED}, part way from
     * Hormuz to Dahej, and ends at Futtsu.
     */
    static List<SimEvent> redirectedCargo() {
        return List.of(
                new CargoLoaded(10, "q-2", "qatar-india", "qflex-2", "ras-laffan", "dahej", "india", 90000),
                new VoyageDeparted(12, "qflex-2", "q-2", "ras-laffan", "dahej", true, 1300, 80, "hormuz",
                        List.of(RAS_LAFFAN, HORMUZ, DAHEJ)),
                new ChokepointPassed(20, "qflex-2", "q-2", "hormuz"),
                new VesselRerouted(30, "qflex-2", "q-2", "futtsu", 6000, 4700, "protocol redirection",
                        List.of(RAS_LAFFAN, HORMUZ, TURNED), List.of(TURNED, MALACCA, FUTTSU)),
                new ChokepointPassed(200, "qflex-2", "q-2", "malacca"),
                new CargoArrived(400, "qflex-2", "q-2", "futtsu", 89000),
                new CargoUnloaded(430, "qflex-2", "q-2", "qatar-india", "ras-laffan", "futtsu", "japan", 89000, 1000, true));
    }
}
