package org.lngsim.runfolder.read;

/**
 * A redirected cargo from the events: released by {@code donor}, delivered to {@code receiver}.
 *
 * @param purpose what the release was for, from the event detail ("emergency", "payback")
 * @param releasedHours when the donor released it, hours from the scenario start
 * @param deliveredHours when it was unloaded, or NaN if it was still at sea at the horizon
 */
public record Redirection(String cargo, String donor, String receiver, String purpose, double massT,
        double releasedHours, double deliveredHours) {
}
