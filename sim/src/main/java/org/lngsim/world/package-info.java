/**
 * The world: {@link org.lngsim.world.LngWorld}, the MASON {@code SimState} of one run. It owns the
 * run's state — the scenario, the event bus, the random streams, the clock, and (as an
 * {@link org.lngsim.agents.AgentWorld}) the agents, built when it starts — and runs the schedule
 * to the horizon. Time is in hours from the scenario start; named phases
 * ({@link org.lngsim.agents.Phase}) order what happens within one instant.
 */
package org.lngsim.world;
