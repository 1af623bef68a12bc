package org.lngsim.scenario;

/** Shipping settings. */
public record Shipping(ClosureResponse closureResponse, Integer networkResolutionKm) {

    public static final Shipping DEFAULT = new Shipping(ClosureResponse.WAIT, 20);

    public Shipping {
        closureResponse = closureResponse == null ? ClosureResponse.WAIT : closureResponse;
        networkResolutionKm = networkResolutionKm == null ? 20 : networkResolutionKm;
    }
}
