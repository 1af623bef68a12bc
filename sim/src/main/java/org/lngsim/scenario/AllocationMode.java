package org.lngsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a gas pool shares a day's supply among its sectors. */
public enum AllocationMode {
    /** Each sector's protected share first, in priority order, then the rest by priority up to full demand (the rule before issue 14). */
    @JsonProperty("priority-floors") PRIORITY_FLOORS,
    /** Every sector cut by the same share of its demand. */
    @JsonProperty("proportional") PROPORTIONAL,
    /**
     * India's Natural Gas (Supply Regulation) Order: while it is in force, entitled sectors get a share of
     * their six-month use (no more), the rest goes to the unentitled sectors by priority; otherwise as
     * {@link #PRIORITY_FLOORS}.
     */
    @JsonProperty("allocation-order") ALLOCATION_ORDER;

    /** The name used in scenario files and outputs. */
    public String jsonName() {
        return switch (this) {
            case PRIORITY_FLOORS -> "priority-floors";
            case PROPORTIONAL -> "proportional";
            case ALLOCATION_ORDER -> "allocation-order";
        };
    }
}
