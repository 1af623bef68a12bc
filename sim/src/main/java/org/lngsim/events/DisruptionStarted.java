package org.lngsim.events;

/** A scenario disruption began. */
public record DisruptionStarted(double timeHours, String disruptionId, String disruptionType, String target) implements SimEvent {

    @Override
    public String type() {
        return "disruption-started";
    }

    @Override
    public void describe(EventRow row) {
        row.entity(target).detail(disruptionType + " " + disruptionId);
    }
}
