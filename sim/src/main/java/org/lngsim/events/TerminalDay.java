package org.lngsim.events;

/** A terminal's state at the end of a day (an observation). */
public record TerminalDay(double timeHours, String terminalId, String importerId, double stockT, double heelT, double capacityT, double sendOutT, double receivedT) implements SimEvent {

    @Override
    public String type() {
        return "terminal-day";
    }

    @Override
    public void describe(EventRow row) {
        row.terminal(terminalId).importer(importerId).massT(stockT);
    }

    @Override
    public boolean isObservation() {
        return true;
    }
}
