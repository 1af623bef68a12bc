package org.lngsim.events;

/**
 * A ship short of a closed or restricted chokepoint chose to wait (or keep its route through it)
 * or to go the long way, by the delay it expected there against the hours the way round adds.
 *
 * @param expectedDelayHours the believed remaining closure at its arrival, or the queue at the
 *     slots a day plus each transit's extra delay
 * @param extraSailingHours what the way round adds; infinite when there is none
 * @param situation what the delay was read from (closed and believed to reopen when, or the queue)
 */
public record ChokepointDecided(double timeHours, String vesselId, String cargoId, String chokepointId, boolean rerouted,
        double expectedDelayHours, double extraSailingHours, String situation) implements SimEvent {

    @Override
    public String type() {
        return "chokepoint-decided";
    }

    @Override
    public void describe(EventRow row) {
        String against = Double.isFinite(extraSailingHours) ? Numbers.format(tenths(extraSailingHours)) + " h round it"
                : "no way round";
        row.vessel(vesselId).cargo(cargoId).chokepoint(chokepointId).value(expectedDelayHours, "h")
                .detail((rerouted ? "rerouted" : "waited") + ": expected delay " + Numbers.format(tenths(expectedDelayHours))
                        + " h against " + against + "; " + situation);
    }

    private static double tenths(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
