package org.lngsim.events;

/**
 * A programme cargo was given the terminal of its contract's group (of more than one terminal)
 * with the lowest cover at its expected arrival (the lowestCover rule): the cover it was chosen
 * on, and among how many terminals it fitted. {@code cargoId} is null for the cargoes at sea at
 * the start.
 */
public record TerminalChosen(double timeHours, String cargoId, String contractId, String terminalId, double coverDaysAtArrival,
        int candidates) implements SimEvent {

    public static final String TYPE = "terminal-chosen";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void describe(EventRow row) {
        row.cargo(cargoId).contract(contractId).terminal(terminalId).value(coverDaysAtArrival, "days of cover at arrival")
                .detail("lowest cover of " + candidates + " the cargo fits");
    }
}
