package org.lngsim.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lngsim.geo.GeoPoint;
import org.lngsim.protocol.Ledger;

/**
 * Read-only copies of a running world's state, for a live display (the {@code gui} package): where
 * the ships are, the terminals' stock and cover, the chokepoints' gates, the plants, the contracts
 * and the protocol's ledger. Each call copies what it reads into immutable records, so a display
 * never holds an agent and can never change one; it reads only, so a run watched gives the same
 * outputs as a run not watched.
 */
public final class LiveView {

    private LiveView() {
    }

    /** A ship: where it is, and the terminal and importer of the cargo aboard (null in ballast). */
    public record Ship(String id, GeoPoint position, String terminalId, String importerId, String contractId,
            double cargoT) {
    }

    /** A terminal: its stock and its own days of cover (usable stock over its share of the region's use). */
    public record TerminalState(String id, String name, String importerId, String regionId, GeoPoint location,
            double stockT, double usableT, double capacityT, double daysOfCover) {
    }

    /** A chokepoint's gate now. */
    public record ChokepointState(String id, boolean closed, boolean restricted, int queueLength,
            double transitsPerDay) {
    }

    /** A plant, and the share of its capacity loading now. */
    public record PlantState(String id, String name, GeoPoint location, double remainingPct) {
    }

    /** A contract and the cargoes assigned under it so far. */
    public record ContractState(String id, String seller, String buyer, String importerId, double annualMt,
            double cargoT, long cargoesAssigned) {
    }

    /** What one party owes another under the protocol now. */
    public record Owed(String debtorId, String creditorId, double massT) {
    }

    public static List<Ship> ships(AgentWorld world) {
        List<Ship> ships = new ArrayList<>();
        for (VesselAgent vessel : world.vessels()) {
            String terminalId = vessel.cargoTerminalId();
            ContractAgent contract = vessel.cargoContract();
            String importer = terminalId == null ? null : world.terminal(terminalId).spec().importer();
            ships.add(new Ship(vessel.id(), vessel.position(), terminalId, importer,
                    contract == null ? null : contract.id(), vessel.cargoMassT()));
        }
        return ships;
    }

    public static List<TerminalState> terminals(AgentWorld world) {
        List<TerminalState> terminals = new ArrayList<>();
        for (TerminalAgent t : world.terminals()) {
            RegionAgent region = world.region(t.spec().region());
            terminals.add(new TerminalState(t.id(), t.spec().name(), t.spec().importer(), t.spec().region(),
                    t.location(), t.stockT(), t.usableT(), t.capacityT(), region.daysOfCover(t)));
        }
        return terminals;
    }

    public static List<ChokepointState> chokepoints(AgentWorld world) {
        List<ChokepointState> states = new ArrayList<>();
        for (var c : world.scenario().chokepoints()) {
            ChokepointAgent agent = world.chokepoint(c.id());
            if (agent != null) {
                states.add(new ChokepointState(c.id(), agent.isClosed(), agent.isLimited(), agent.queueLength(),
                        agent.transitsPerDay()));
            }
        }
        return states;
    }

    public static List<PlantState> plants(AgentWorld world) {
        List<PlantState> plants = new ArrayList<>();
        for (PlantAgent p : world.plants().values()) {
            String name = world.scenario().plant(p.id()).map(x -> x.name()).orElse(p.id());
            plants.add(new PlantState(p.id(), name, p.location(), p.remainingPct()));
        }
        return plants;
    }

    public static List<ContractState> contracts(AgentWorld world) {
        List<ContractState> contracts = new ArrayList<>();
        for (ContractAgent c : world.contracts()) {
            contracts.add(new ContractState(c.id(), c.contract().seller(), c.contract().buyer(), c.importerId(),
                    c.contract().annualMt(), c.cargoT(), c.assignedCargoes()));
        }
        return contracts;
    }

    /** The ledger's debts by debtor and creditor, in the order they arose (empty with the protocol off). */
    public static List<Owed> ledger(AgentWorld world) {
        ProtocolCoordinator coordinator = world.protocolCoordinator();
        if (coordinator == null) {
            return List.of();
        }
        Ledger ledger = coordinator.ledger();
        List<Owed> owed = new ArrayList<>();
        for (Map.Entry<String, List<String>> pair : ledger.creditorsByDebtor().entrySet()) {
            for (String creditor : pair.getValue()) {
                owed.add(new Owed(pair.getKey(), creditor, ledger.owedT(pair.getKey(), creditor)));
            }
        }
        return owed;
    }
}
