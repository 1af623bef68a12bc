package org.lngsim.gui;

/** What a ship's marker shows beyond its destination, most urgent first. */
public enum ShipMark {
    /** Waiting at a closed or restricted chokepoint. */
    HELD,
    /** Its cargo was released by the protocol and sent to another party's terminal. */
    REDIRECTED,
    /** Sailing a longer way round a closure. */
    REROUTED,
    /** Nothing unusual. */
    NONE
}
