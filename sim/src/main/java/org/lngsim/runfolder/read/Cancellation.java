package org.lngsim.runfolder.read;

/**
 * A programmed cargo that never loaded ({@code cargo-cancelled} in {@code events.csv}): whose it
 * was, when it was given up (hours from the start) and why.
 */
public record Cancellation(String contract, String plant, String importer, double timeHours, String reason) {
}
