/**
 * The world: a MASON {@code SimState} that owns the run's state (agents, the event bus, random
 * streams, the clock), wires agents from a scenario, and runs the schedule to the horizon. Time
 * is in hours from the scenario start; named phases order what happens within one instant.
 */
package org.lngsim.world;
