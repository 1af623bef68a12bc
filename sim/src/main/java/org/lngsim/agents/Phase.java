package org.lngsim.agents;

/**
 * Named orderings within one instant (within a phase, steps run in the order they were
 * scheduled: {@code world.StepOrder}): the
 * end-of-day record of the day just ended comes first, then disruptions that start or end, then
 * supply, shipping, terminals, gas demands and the gas pool, grids, and the protocol last.
 */
public enum Phase {
    RECORD,
    DISRUPTION,
    SUPPLY,
    SHIPPING,
    TERMINAL,
    GAS,
    GRID,
    PROTOCOL;

    public int ordering() {
        return ordinal();
    }
}
