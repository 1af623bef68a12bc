package org.lngsim.agents;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.random.RandomGenerator;
import org.lngsim.events.SimEvent;
import org.lngsim.geo.Router;
import org.lngsim.model.Clock;
import org.lngsim.scenario.Scenario;
import sim.engine.Steppable;

/** What agents may ask of the world that owns them. */
public interface WorldContext {

    Scenario scenario();

    Clock clock();

    Router router();

    /** Current simulated time in hours from the scenario start. */
    double now();

    /** Schedules {@code step} at {@code hour} in {@code phase}; nothing at or after the horizon. */
    void at(double hour, Phase phase, Steppable step);

    void publish(SimEvent event);

    RandomGenerator stream(String name);

    /** Whether any scenario disruption is under way now (the protocol may act only then). */
    boolean disruptionDeclared();

    /** The chokepoints closed right now. */
    Set<String> closedChokepoints();

    /** Demand factor of a grid, gas demand or gas pool (sector) at an hour, from demand shocks. */
    double demandFactor(String target, String sector, double hour);

    PlantAgent plant(String id);

    TerminalAgent terminal(String id);

    /** Every terminal, in scenario order. */
    Collection<TerminalAgent> terminals();

    RegionAgent region(String id);

    ChokepointAgent chokepoint(String id);

    FleetPool fleet(String id);

    GasPoolAgent gasPool(String id);

    /** Every gas pool, in scenario order. */
    Collection<GasPoolAgent> gasPools();

    Collection<VesselAgent> vessels();

    /** Every contract of the scenario, in scenario order (lever contracts are the levers' own). */
    List<ContractAgent> contracts();
}
