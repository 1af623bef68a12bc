package org.lngsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lngsim.events.CargoArrived;
import org.lngsim.events.CargoAtSeaAtEnd;
import org.lngsim.events.CargoAtSeaAtStart;
import org.lngsim.events.CargoUnloaded;
import org.lngsim.events.Numbers;
import org.lngsim.events.SimEvent;
import org.lngsim.events.VesselRerouted;
import org.lngsim.events.VoyageDeparted;
import org.lngsim.geo.GeoPoint;
import org.lngsim.runfolder.RouteColumn;
import org.lngsim.runfolder.RunFile;

/**
 * {@code routes.csv}: the waypoints each cargo sailed, from its laden departure (or its route at
 * the start), every reroute and redirection, to its unloading or the end of the run. Only cargoes
 * in flight are held, like {@link CargoesCsvWriter}; rows are in the order cargoes end. Ballast
 * voyages carry no cargo and are not recorded.
 */
final class RoutesCsvWriter extends StreamingCsvWriter {

    /** Insertion-ordered so cargoes left at finish are written in a reproducible order. */
    private final Map<String, SailedTrack> inFlight = new LinkedHashMap<>();

    RoutesCsvWriter(Path folder) throws IOException {
        super(RunFile.ROUTES.in(folder), RouteColumn.headerLine());
    }

    @Override
    void accept(SimEvent event, BufferedWriter out) throws IOException {
        if (event instanceof CargoAtSeaAtStart e) {
            inFlight.computeIfAbsent(e.cargoId(), c -> new SailedTrack(e.plantId(), e.terminalId()))
                    .sail(e.waypoints(), e.terminalId());
        } else if (event instanceof VoyageDeparted e) {
            if (e.laden() && e.cargoId() != null) {
                inFlight.computeIfAbsent(e.cargoId(), c -> new SailedTrack(e.fromId(), e.toId()))
                        .sail(e.waypoints(), e.toId());
            }
        } else if (event instanceof VesselRerouted e) {
            SailedTrack track = e.cargoId() == null ? null : inFlight.get(e.cargoId());
            if (track != null) {
                track.reroute(e.sailedWaypoints(), e.waypoints(), e.toId());
            }
        } else if (event instanceof CargoArrived e) {
            SailedTrack track = inFlight.get(e.cargoId());
            if (track != null) {
                track.arrive(e.terminalId());
            }
        } else if (event instanceof CargoUnloaded e) {
            end(e.cargoId(), out);
        } else if (event instanceof CargoAtSeaAtEnd e) {
            end(e.cargoId(), out);
        }
    }

    @Override
    void flushRemaining(BufferedWriter out) throws IOException {
        for (var e : inFlight.entrySet()) {
            write(e.getKey(), e.getValue(), out);
        }
        inFlight.clear();
    }

    private void end(String cargo, BufferedWriter out) throws IOException {
        SailedTrack track = inFlight.remove(cargo);
        if (track != null) {
            write(cargo, track, out);
        }
    }

    private static void write(String cargo, SailedTrack track, BufferedWriter out) throws IOException {
        Csv.row(out, cargo, track.origin(), track.destination(), Integer.toString(track.reroutes()),
                waypoints(track.points()));
    }

    static String waypoints(List<GeoPoint> points) {
        StringBuilder text = new StringBuilder(points.size() * 20);
        for (GeoPoint p : points) {
            if (text.length() > 0) {
                text.append(RouteColumn.POINT_SEPARATOR);
            }
            text.append(Numbers.format(p.lonDeg())).append(RouteColumn.LON_LAT_SEPARATOR).append(Numbers.format(p.latDeg()));
        }
        return text.toString();
    }
}
