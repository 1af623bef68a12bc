package org.lngsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a region takes its consumers' gas from its terminals. */
public enum SendOutOrder {
    /** From each terminal in proportion to what it can give now (the original rule). */
    @JsonProperty("proportional") PROPORTIONAL,
    /** First from the terminal whose tanks most need room (the fullest, ships waiting counted), then the next. */
    @JsonProperty("fullestFirst") FULLEST_FIRST
}
