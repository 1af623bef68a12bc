package org.lngsim.runfolder.read;

import org.lngsim.protocol.Purpose;

/**
 * A redirected cargo from the events: released by {@code donor}, delivered to {@code receiver}.
 *
 * @param purpose what the release was for, read from the event detail
 * @param releasedHours when the donor released it, hours from the scenario start
 * @param deliveredHours when it was unloaded, or NaN if it was still at sea at the horizon
 */
public record Redirection(String cargo, String donor, String receiver, Purpose purpose, double massT,
        double releasedHours, double deliveredHours) {
}
