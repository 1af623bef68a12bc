/**
 * The agents: MASON {@code Steppable}s that wire the model together — delivery programmes,
 * plants, vessels and their fleets, chokepoints, terminals and their regions, grids, gas demands,
 * India's gas pool, the protocol coordinator, and the daily recorder. They are thin: the arithmetic
 * is in {@link org.lngsim.model} and the protocol's rules in {@link org.lngsim.protocol}; what
 * happens is published as {@link org.lngsim.events} records.
 * Agents reach the world only through {@link org.lngsim.agents.WorldContext}. The world's one
 * registry of agents is {@link org.lngsim.agents.AgentWorld} (the SimState side that owns them);
 * {@link org.lngsim.agents.WorldBuilder} is the one place that creates them from a scenario.
 */
package org.lngsim.agents;
