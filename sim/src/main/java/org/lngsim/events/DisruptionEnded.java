package org.lngsim.events;

/** A scenario disruption ended. */
public record DisruptionEnded(double timeHours, String disruptionId, String disruptionType, String target) implements SimEvent {

    @Override
    public String type() {
        return "disruption-ended";
    }

    @Override
    public void describe(EventRow row) {
        row.entity(target).detail(disruptionType + " " + disruptionId);
    }
}
