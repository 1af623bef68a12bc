package org.lngsim.events;

/**
 * A cargo delivered into a gas pool's region while contracted supply was lost, counted by the
 * pool's allocation order as replacement supply (a spot cargo bought, or an emergency cargo
 * received under the protocol): the order counts the loss net of it for the replacement window.
 */
public record ReplacementCounted(double timeHours, String poolId, String cargoId, String contractId,
        String terminalId, double massT, boolean redirected) implements SimEvent {

    @Override
    public String type() {
        return "replacement-counted";
    }

    @Override
    public void describe(EventRow row) {
        row.cargo(cargoId).contract(contractId).terminal(terminalId).entity(poolId).massT(massT)
                .detail(redirected ? "emergency cargo (protocol)" : "bought or called cargo");
    }
}
