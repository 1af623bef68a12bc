package org.lngsim.scenario;

/** Coal and oil output a grid's operator can add beyond what runs in merit when gas falls short. */
public record FuelSwitching(double headroomMW, String source) {
}
