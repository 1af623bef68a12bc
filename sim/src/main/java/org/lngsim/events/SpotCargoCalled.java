package org.lngsim.events;

/** A buyer called a spot or portfolio cargo because its cover fell below the lever's trigger. */
public record SpotCargoCalled(double timeHours, String buyerId, String plantId, String terminalId, double massT, double costUsd, double dueHours) implements SimEvent {

    @Override
    public String type() {
        return "spot-cargo-called";
    }

    @Override
    public void describe(EventRow row) {
        row.importer(buyerId).plant(plantId).terminal(terminalId).massT(massT).value(costUsd, "USD").detail("loads at " + Numbers.format(dueHours) + " h");
    }
}
