package org.lngsim.events;

/** A grid, gas demand or gas pool began to leave demand unserved. */
public record ShortfallBegan(double timeHours, String entityId, String entityKind) implements SimEvent {

    @Override
    public String type() {
        return "shortfall-began";
    }

    @Override
    public void describe(EventRow row) {
        row.entity(entityId).detail(entityKind);
    }
}
