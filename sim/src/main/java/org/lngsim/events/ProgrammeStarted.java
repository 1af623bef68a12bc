package org.lngsim.events;

/**
 * A contract's arrival-referenced delivery programme at the start of the run: each cargo loads one
 * nominal voyage before its delivery date, and the cargoes that had left the plant before hour 0
 * are at sea ({@link CargoAtSeaAtStart}); ordering begins with the first that had not. Not
 * published for loading-referenced programmes (their run start is unchanged).
 *
 * @param nominalVoyageHours plant loading time plus sailing to the contract's first terminal
 * @param cargoesDueAtSea cargoes whose departure fell before hour 0
 * @param cargoesAtSea of those, the ones put at sea (fewer when the fleet ran out of ships, or a
 *     cargo would already have arrived on the route to the terminal it was given)
 * @param firstOrderedCargoId the first cargo the contract orders through its fleet
 */
public record ProgrammeStarted(double timeHours, String contractId, String plantId, String terminalId,
        String importerId, double nominalVoyageHours, long cargoesDueAtSea, long cargoesAtSea,
        String firstOrderedCargoId) implements SimEvent {

    public static final String TYPE = "programme-started";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void describe(EventRow row) {
        row.contract(contractId).plant(plantId).terminal(terminalId).importer(importerId)
                .value(nominalVoyageHours, "h").cargo(firstOrderedCargoId)
                .detail("arrival-referenced programme: " + cargoesAtSea + " of " + cargoesDueAtSea
                        + " cargoes due at sea at the start are at sea; first ordered " + firstOrderedCargoId);
    }
}
