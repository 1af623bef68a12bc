package org.lngsim.events;

/** A shortfall ended; with how much was unserved during it. */
public record ShortfallEnded(double timeHours, String entityId, String entityKind, double durationHours, double unserved, String unit) implements SimEvent {

    @Override
    public String type() {
        return "shortfall-ended";
    }

    @Override
    public void describe(EventRow row) {
        row.entity(entityId).value(unserved, unit).detail(entityKind + " for " + Numbers.format(durationHours) + " h");
    }
}
