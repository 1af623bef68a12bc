package org.lngsim.protocol;

/** A cargo expected at one of a party's terminals: its id, when, and how much. */
public record Arrival(String cargoId, double hour, double massT) {
}
