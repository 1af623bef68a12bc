package org.lngsim.gui;

/** Where a terminal's days of cover stand against the protocol's thresholds. */
public enum CoverBand {
    /** Below the donor floor: the party can release nothing and is in deep trouble. */
    BELOW_FLOOR,
    /** Below the trigger (at or above the floor): the party would ask for cargoes. */
    BELOW_TRIGGER,
    /** At or above the trigger. */
    COMFORTABLE
}
