package org.lngsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a contract's next cargo is given a terminal of its group. */
public enum TerminalChoiceRule {
    /** The terminal furthest behind its share of the group's regas capacity, ignoring stock (the original rule). */
    @JsonProperty("shareOfRegas") SHARE_OF_REGAS,
    /** The terminal with the lowest cover at the cargo's arrival that the cargo fits, ties by share. */
    @JsonProperty("lowestCover") LOWEST_COVER
}
