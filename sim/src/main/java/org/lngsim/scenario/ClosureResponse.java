package org.lngsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a ship short of a chokepoint that closes does: always wait, always reroute, or decide each
 * time by the expected delay (the believed remaining closure, or the queue at a restriction)
 * against the detour ({@link org.lngsim.model.ChokepointChoice}).
 */
public enum ClosureResponse {
    @JsonProperty("wait") WAIT,
    @JsonProperty("reroute") REROUTE,
    @JsonProperty("decide") DECIDE
}
