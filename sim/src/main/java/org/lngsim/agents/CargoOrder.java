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

    String cargoId() {
        return contract.id() + "-" + sequence;
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
