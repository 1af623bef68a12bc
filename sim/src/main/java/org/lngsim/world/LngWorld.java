package org.lngsim.world;

import java.util.Collection;
import java.util.Set;
import org.apache.commons.math3.random.RandomGenerator;
import org.lngsim.agents.Agents;
import org.lngsim.agents.ChokepointAgent;
import org.lngsim.agents.FleetPool;
import org.lngsim.agents.GasPoolAgent;
import org.lngsim.agents.Phase;
import org.lngsim.agents.RegionAgent;
import org.lngsim.agents.TerminalAgent;
import org.lngsim.agents.VesselAgent;
import org.lngsim.agents.WorldContext;
import org.lngsim.events.EventBus;
import org.lngsim.events.SimEvent;
import org.lngsim.geo.Router;
import org.lngsim.model.Clock;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioGeography;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The world of one run: a MASON {@link SimState} whose schedule runs in hours from the scenario
 * start. It owns the agents, the event bus, the random streams and the clock; agents see it as a
 * {@link WorldContext}. Nothing is scheduled at or after the horizon, so the schedule simply
 * drains there.
 */
public final class LngWorld extends SimState implements WorldContext {

    private static final long serialVersionUID = 1L;

    private final transient Scenario scenario;
    private final transient ScenarioGeography geography;
    private final transient EventBus bus;
    private final transient RandomStreams streams;
    private final transient Clock clock;
    private transient Agents agents;
    private long stepsScheduled;

    public LngWorld(Scenario scenario, ScenarioGeography geography, EventBus bus) {
        super(scenario.seed());
        this.scenario = scenario;
        this.geography = geography;
        this.bus = bus;
        this.streams = new RandomStreams(scenario.seed());
        this.clock = new Clock(scenario.start(), scenario.horizonDays());
    }

    @Override
    public void start() {
        super.start();
        agents = new Agents(this);
        agents.start();
    }

    /** Runs from hour 0 to the horizon, then reports the end state; returns the events dispatched. */
    public long runToHorizon() {
        start();
        while (schedule.step(this)) {
            // each step dispatches every event of the next instant
        }
        agents.finish(clock.horizonHours());
        finish();
        return schedule.getSteps();
    }

    /** Steppables scheduled (each runs once): the schedule's work, for benchmarks. */
    public long stepsScheduled() {
        return stepsScheduled;
    }

    @Override
    public Scenario scenario() {
        return scenario;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Router router() {
        return geography.router();
    }

    @Override
    public double now() {
        double time = schedule.getTime();
        return time < 0 || time == Double.MIN_VALUE ? 0.0 : time;
    }

    @Override
    public void at(double hour, Phase phase, Steppable step) {
        if (hour >= clock.horizonHours()) {
            return;
        }
        double time = Math.max(hour, Math.max(0.0, schedule.getTime()));
        schedule.scheduleOnce(time, phase.ordering(), step);
        stepsScheduled++;
    }

    @Override
    public void publish(SimEvent event) {
        bus.publish(event);
    }

    @Override
    public RandomGenerator stream(String name) {
        return streams.stream(name);
    }

    @Override
    public boolean disruptionDeclared() {
        return agents.disruptionDeclared();
    }

    @Override
    public Set<String> closedChokepoints() {
        return agents.closedChokepoints();
    }

    @Override
    public double demandFactor(String target, String sector, double hour) {
        return agents.demandFactor(target, sector, hour);
    }

    @Override
    public TerminalAgent terminal(String id) {
        return agents.terminal(id);
    }

    @Override
    public Collection<TerminalAgent> terminals() {
        return agents.terminals();
    }

    @Override
    public RegionAgent region(String id) {
        return agents.region(id);
    }

    @Override
    public ChokepointAgent chokepoint(String id) {
        return agents.chokepoint(id);
    }

    @Override
    public FleetPool fleet(String id) {
        return agents.fleet(id);
    }

    @Override
    public GasPoolAgent gasPool(String id) {
        return agents.gasPool(id);
    }

    @Override
    public Collection<VesselAgent> vessels() {
        return agents.vessels();
    }
}
