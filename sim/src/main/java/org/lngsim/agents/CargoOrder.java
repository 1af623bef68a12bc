package org.lngsim.agents;

/**
 * A programmed cargo waiting for a ship and a loading slot: contract, plant, planned terminal,
 * due hour. Its status moves PENDING → ASSIGNED → LOADING → LOADED, or to CANCELLED.
 */
final class CargoOrder {

    enum Status { PENDING, ASSIGNED, LOADING, LOADED, CANCELLED }

    private final ContractAgent contract;
    private final long sequence;
    private final double dueHour;
    private final String terminalId;
    private Status status = Status.PENDING;

    CargoOrder(ContractAgent contract, long sequence, double dueHour, String terminalId) {
        this.contract = contract;
        this.sequence = sequence;
        this.dueHour = dueHour;
        this.terminalId = terminalId;
    }

    ContractAgent contract() {
        return contract;
    }

    long sequence() {
        return sequence;
    }

    double dueHour() {
        return dueHour;
    }

    String terminalId() {
        return terminalId;
    }

    /** Programme cargoes are numbered from 0; those at sea at the start (loaded before) are "-prior-N". */
    String cargoId() {
        return sequence >= 0 ? contract.id() + "-" + sequence : contract.id() + "-prior-" + (-sequence);
    }

    Status status() {
        return status;
    }

    void status(Status next) {
        status = next;
    }

    boolean isOpen() {
        return status == Status.PENDING || status == Status.ASSIGNED;
    }
}
