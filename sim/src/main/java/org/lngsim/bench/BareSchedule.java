package org.lngsim.bench;

import org.lngsim.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A bare MASON schedule dispatching a given number of steps: {@code agents} steppables, each
 * rescheduling itself a pseudo-random interval later, so the pending queue holds about as many
 * entries as the simulation's does. The floor against which the model's cost per event is read.
 */
final class BareSchedule {

    private BareSchedule() {
    }

    /** As many steppables as the scenario's ships and contracts, plus its other agents (about 20). */
    static int agentsLike(Scenario scenario) {
        return scenario.fleets().stream().mapToInt(f -> f.vessels()).sum() + scenario.contracts().size() + 20;
    }

    /** Dispatches {@code steps} steps; returns the seconds taken. */
    static double run(long steps, int agents, long seed) {
        SimState state = new SimState(seed);
        state.start();
        long[] left = {steps};
        for (int i = 0; i < agents; i++) {
            int agent = i;
            Steppable step = new Steppable() {
                private static final long serialVersionUID = 1L;

                @Override
                public void step(SimState s) {
                    if (--left[0] > 0) {
                        double interval = 1.0 + ((agent * 7919L + s.schedule.getSteps() * 104729L) % 48);
                        s.schedule.scheduleOnce(s.schedule.getTime() + interval, agent % 8, this);
                    }
                }
            };
            state.schedule.scheduleOnce(1.0 + i % 24, i % 8, step);
        }
        long started = System.nanoTime();
        while (left[0] > 0 && state.schedule.step(state)) {
            // dispatch
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
