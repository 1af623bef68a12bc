package org.lngsim.world;

import org.apache.commons.math3.random.RandomGenerator;
import org.lngsim.agents.AgentWorld;
import org.lngsim.agents.Phase;
import org.lngsim.events.EventBus;
import org.lngsim.events.SimEvent;
import org.lngsim.geo.Router;
import org.lngsim.model.Clock;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioGeography;
import sim.engine.Steppable;

/**
 * The world of one run: a MASON {@code SimState} whose schedule runs in hours from the scenario
 * start. It owns the scenario, the event bus, the random streams and the clock; the agents and
 * their registry it owns as an {@link AgentWorld}, which builds them when the run starts. Agents
 * see it as a {@link org.lngsim.agents.WorldContext}. Nothing is scheduled at or after the
 * horizon, so the schedule simply drains there.
 */
public final class LngWorld extends AgentWorld {

    private static final long serialVersionUID = 1L;

    private final transient Scenario scenario;
    private final transient ScenarioGeography geography;
    private final transient EventBus bus;
    private final transient RandomStreams streams;
    private final transient Clock clock;
    private long stepsScheduled;

    public LngWorld(Scenario scenario, ScenarioGeography geography, EventBus bus) {
        super(scenario.seed());
        this.scenario = scenario;
        this.geography = geography;
        this.bus = bus;
        this.streams = new RandomStreams(scenario.seed());
        this.clock = new Clock(scenario.start(), scenario.horizonDays());
    }

    /** Runs from hour 0 to the horizon, then reports the end state; returns the events dispatched. */
    public long runToHorizon() {
        start();
        while (schedule.step(this)) {
            // each step dispatches every event of the next instant
        }
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

    /**
     * Schedules {@code step} at {@code hour} in {@code phase}. Steps of one instant and phase run in
     * the order they were scheduled (first asked, first served): the ordering MASON sorts by is the
     * phase, then the step's scheduling sequence number. MASON would otherwise shuffle such ties with
     * {@code SimState.random}, and since a run with the protocol schedules other steps than its
     * counterfactual, the two would draw different orders for every later tie in the world: a
     * difference between the pair that has nothing to do with the protocol (README "Ensembles").
     * With a key of its own for every step, MASON's shuffle only ever sees ties of one.
     */
    @Override
    public void at(double hour, Phase phase, Steppable step) {
        if (hour >= clock.horizonHours()) {
            return;
        }
        double time = Math.max(hour, Math.max(0.0, schedule.getTime()));
        schedule.scheduleOnce(time, StepOrder.ordering(phase, stepsScheduled), step);
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
}
