package org.lngsim.gui;

/**
 * Where a terminal's days of cover stand against the protocol's two thresholds: the trigger, below
 * which its party asks for cargoes, and the donor floor, below which it may release none (the
 * floor is usually the higher: a donor keeps more than a requester is rescued to).
 */
public enum CoverBand {
    /** Below the trigger: the party would ask for cargoes. */
    BELOW_TRIGGER,
    /** At or above the trigger but below the donor floor: the party can neither ask nor give. */
    BELOW_DONOR_FLOOR,
    /** At or above both: the party could release a cargo. */
    CAN_DONATE
}
