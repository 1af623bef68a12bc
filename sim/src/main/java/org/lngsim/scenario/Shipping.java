package org.lngsim.scenario;

/** Shipping settings. */
public record Shipping(ClosureResponse closureResponse, Integer networkResolutionKm) {

    public static final Shipping DEFAULT = new Shipping(ClosureResponse.WAIT, 10);

    public Shipping {
        closureResponse = closureResponse == null ? ClosureResponse.WAIT : closureResponse;
        networkResolutionKm = networkResolutionKm == null ? 10 : networkResolutionKm;
    }
}
