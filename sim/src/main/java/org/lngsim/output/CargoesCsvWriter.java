package org.lngsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lngsim.events.CargoArrived;
import org.lngsim.events.CargoAtSeaAtEnd;
import org.lngsim.events.CargoAtSeaAtStart;
import org.lngsim.events.CargoCancelled;
import org.lngsim.events.CargoLoaded;
import org.lngsim.events.CargoUnloaded;
import org.lngsim.events.ChokepointPassed;
import org.lngsim.events.SimEvent;
import org.lngsim.events.VesselRerouted;
import org.lngsim.events.VoyageDeparted;
import org.lngsim.runfolder.CargoColumn;
import org.lngsim.runfolder.CargoStatus;
import org.lngsim.runfolder.RunFile;

/**
 * {@code cargoes.csv}: one row per cargo, written when its story ends (unloaded, cancelled, or
 * still at sea when the run ends). Only cargoes in flight are held, so memory is bounded by the
 * fleet, not the horizon. Rows are in the order cargoes end.
 */
final class CargoesCsvWriter extends StreamingCsvWriter {

    /** Insertion-ordered so cargoes left at finish are written in a reproducible order. */
    private final Map<String, CargoRecord> inFlight = new LinkedHashMap<>();

    CargoesCsvWriter(Path folder) throws IOException {
        super(RunFile.CARGOES.in(folder), CargoColumn.headerLine());
    }

    /** How many cargoes are held in memory now (for tests of the streaming bound). */
    int inFlightCount() {
        return inFlight.size();
    }

    @Override
    void accept(SimEvent event, BufferedWriter out) throws IOException {
        if (event instanceof CargoLoaded e) {
            CargoRecord c = start(e.cargoId(), e.contractId(), e.vesselId(), e.plantId(), e.terminalId(), e.importerId(), e.massT());
            c.loadedHours = e.timeHours();
        } else if (event instanceof CargoAtSeaAtStart e) {
            start(e.cargoId(), e.contractId(), e.vesselId(), e.plantId(), e.terminalId(), e.importerId(), e.massT());
        } else if (event instanceof VoyageDeparted e) {
            CargoRecord c = e.laden() ? inFlight.get(e.cargoId()) : null;
            if (c != null && Double.isNaN(c.departedHours)) {
                c.departedHours = e.timeHours();
            }
        } else if (event instanceof ChokepointPassed e) {
            CargoRecord c = inFlight.get(e.cargoId());
            if (c != null) {
                c.passed(e.chokepointId());
            }
        } else if (event instanceof VesselRerouted e) {
            CargoRecord c = inFlight.get(e.cargoId());
            if (c != null && e.toId() != null) {
                c.actualDestination = e.toId();
            }
        } else if (event instanceof CargoArrived e) {
            CargoRecord c = inFlight.get(e.cargoId());
            if (c != null) {
                c.arrivedHours = e.timeHours();
            }
        } else if (event instanceof CargoUnloaded e) {
            unloaded(e, out);
        } else if (event instanceof CargoAtSeaAtEnd e) {
            atSeaAtEnd(e, out);
        } else if (event instanceof CargoCancelled e) {
            cancelled(e, out);
        }
    }

    @Override
    void flushRemaining(BufferedWriter out) throws IOException {
        // Cargoes the model did not report at the end are still at sea: they are not lost from the file.
        for (CargoRecord c : inFlight.values()) {
            c.status = CargoStatus.AT_SEA_AT_END;
            c.redirected = c.changedDestination();
            Csv.row(out, c.fields());
        }
        inFlight.clear();
    }

    private CargoRecord start(String cargo, String contract, String vessel, String plant, String terminal,
            String importer, double massT) {
        CargoRecord c = new CargoRecord();
        c.cargo = cargo;
        c.contract = contract;
        c.vessel = vessel;
        c.origin = plant;
        c.plannedDestination = terminal;
        c.actualDestination = terminal;
        c.importer = importer;
        c.loadedT = massT;
        inFlight.put(cargo, c);
        return c;
    }

    private void unloaded(CargoUnloaded e, BufferedWriter out) throws IOException {
        CargoRecord c = inFlight.remove(e.cargoId());
        if (c == null) {
            // Unloaded without a known start: still a delivered cargo, with what this event tells.
            c = new CargoRecord();
            c.cargo = e.cargoId();
            c.contract = e.contractId();
            c.vessel = e.vesselId();
            c.origin = e.plantId();
        }
        c.actualDestination = e.terminalId();
        c.importer = e.importerId();
        c.deliveredT = e.deliveredT();
        c.boilOffT = e.boilOffT();
        c.unloadedHours = e.timeHours();
        c.redirected = e.redirected() || c.changedDestination();
        c.status = CargoStatus.DELIVERED;
        Csv.row(out, c.fields());
    }

    private void atSeaAtEnd(CargoAtSeaAtEnd e, BufferedWriter out) throws IOException {
        CargoRecord c = inFlight.remove(e.cargoId());
        if (c == null) {
            c = new CargoRecord();
            c.cargo = e.cargoId();
            c.vessel = e.vesselId();
            c.importer = e.importerId();
        }
        c.actualDestination = e.terminalId();
        if (e.importerId() != null) {
            c.importer = e.importerId(); // the receiver, as for a delivered cargo
        }
        c.boilOffT = e.boilOffT();
        c.redirected = c.changedDestination();
        c.status = CargoStatus.AT_SEA_AT_END;
        Csv.row(out, c.fields());
    }

    private static void cancelled(CargoCancelled e, BufferedWriter out) throws IOException {
        // A cancelled cargo never loaded: it has no cargo id, vessel or quantities, only its plan.
        CargoRecord c = new CargoRecord();
        c.contract = e.contractId();
        c.origin = e.plantId();
        c.plannedDestination = e.terminalId();
        c.importer = e.importerId();
        c.status = CargoStatus.CANCELLED;
        Csv.row(out, c.fields());
    }
}
