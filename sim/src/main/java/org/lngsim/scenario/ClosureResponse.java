package org.lngsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a ship short of a chokepoint that closes does. */
public enum ClosureResponse {
    @JsonProperty("wait") WAIT,
    @JsonProperty("reroute") REROUTE
}
