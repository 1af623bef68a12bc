package org.lngsim.model;

/**
 * One hour of a grid: non-gas supply first, then gas-fired plant up to its capacity (capped while
 * the operator conserves fuel) and the fuel the terminals can give, then oil backup, then demand
 * response; what remains is unserved. Pure.
 */
public final class GridDispatch {

    private GridDispatch() {
    }

    /** What the grid can call on in this hour. */
    public record Inputs(double demandMW, double nonGasMW, double gasCapacityMW, double gasFuelLimitMW,
            double oilBackupMW, double demandResponseMW) {
    }

    /** How the hour was served. Non-gas output is what was needed of it, not all that was available. */
    public record Result(double nonGasMW, double gasMW, double oilMW, double demandResponseMW, double unservedMW) {
    }

    public static Result dispatch(Inputs in) {
        double residual = Math.max(0.0, in.demandMW());
        double nonGas = Math.min(residual, Math.max(0.0, in.nonGasMW()));
        residual -= nonGas;
        double gas = Math.min(residual, Math.max(0.0, Math.min(in.gasCapacityMW(), in.gasFuelLimitMW())));
        residual -= gas;
        double oil = Math.min(residual, Math.max(0.0, in.oilBackupMW()));
        residual -= oil;
        double response = Math.min(residual, Math.max(0.0, in.demandResponseMW()));
        residual -= response;
        return new Result(nonGas, gas, oil, response, residual);
    }
}
