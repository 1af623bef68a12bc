package org.lngsim.model;

/**
 * One hour of a grid whose operator runs its LNG plant fuel-limited, as Japan's utilities did in
 * January 2021 and JERA did in March 2024: while the fuel region's days of cover are below a
 * trigger, gas-fired output is held to the fuel plan (a share of the gas plant's capacity), and
 * what gas does not give is carried in the order the operators used: oil backup, then fuel
 * switching (coal and oil run beyond merit), then extra imports over the inter-area ties (above
 * their ordinary profile, within the tie limit), then demand response, and only then the gas held
 * back by the plan: neither episode shed load while gas was in the tanks, since the plan protects
 * stock in order to avoid outages, not to cause them. Only the remainder is unserved. The same
 * order carries any other gas shortfall (empty tanks, a rationed pool), since operators reach for
 * the same plant whatever took the gas away. Pure.
 */
public final class FuelLimitedDispatch {

    private FuelLimitedDispatch() {
    }

    /**
     * What the grid can call on in this hour, in MW.
     *
     * @param gasPlanMW gas-fired output the fuel plan allows (the capacity when not fuel-limited)
     * @param gasFuelMW gas-fired output the fuel the terminals or the pool can give this hour sustains
     * @param switchingHeadroomMW coal and oil output available beyond what runs in merit
     * @param importHeadroomMW imports available over the ties above their ordinary profile
     */
    public record Inputs(double demandMW, double nonGasMW, double gasCapacityMW, double gasPlanMW, double gasFuelMW,
            double oilBackupMW, double switchingHeadroomMW, double importHeadroomMW, double demandResponseMW) {

        public Inputs {
            requireNonNegative("demandMW", demandMW);
            requireNonNegative("nonGasMW", nonGasMW);
            requireNonNegative("gasCapacityMW", gasCapacityMW);
            requireNonNegative("gasPlanMW", gasPlanMW);
            requireNonNegative("gasFuelMW", gasFuelMW);
            requireNonNegative("oilBackupMW", oilBackupMW);
            requireNonNegative("switchingHeadroomMW", switchingHeadroomMW);
            requireNonNegative("importHeadroomMW", importHeadroomMW);
            requireNonNegative("demandResponseMW", demandResponseMW);
        }
    }

    /**
     * How the hour was served, in MW: each source gives what was needed of it, up to what it had;
     * {@code switchingMW} and {@code extraImportMW} are beyond the ordinary merit order.
     *
     * @param gasMW all gas-fired output, the plan's and what was burned above it
     * @param gasAbovePlanMW the part of {@code gasMW} burned above the plan, after demand response
     */
    public record Result(double nonGasMW, double gasMW, double oilMW, double switchingMW, double extraImportMW,
            double demandResponseMW, double gasAbovePlanMW, double unservedMW) {
    }

    public static Result dispatch(Inputs in) {
        double residual = in.demandMW();
        double nonGas = Math.min(residual, in.nonGasMW());
        residual -= nonGas;
        double gasAvailableMW = Math.min(in.gasCapacityMW(), in.gasFuelMW());
        double gas = Math.min(residual, Math.min(gasAvailableMW, in.gasPlanMW()));
        residual -= gas;
        double oil = Math.min(residual, in.oilBackupMW());
        residual -= oil;
        double switching = Math.min(residual, in.switchingHeadroomMW());
        residual -= switching;
        double imports = Math.min(residual, in.importHeadroomMW());
        residual -= imports;
        double response = Math.min(residual, in.demandResponseMW());
        residual -= response;
        double abovePlan = Math.min(residual, gasAvailableMW - gas);
        residual -= abovePlan;
        return new Result(nonGas, gas + abovePlan, oil, switching, imports, response, abovePlan, residual);
    }

    /** The operator runs fuel-limited while the fuel region's days of cover are below the trigger. */
    public static boolean fuelLimited(double daysOfCover, double triggerDaysOfCover) {
        return daysOfCover < triggerDaysOfCover;
    }

    /** Gas-fired output the fuel plan allows: the capacity, or its capped share while fuel-limited. */
    public static double gasPlanMW(double gasCapacityMW, boolean fuelLimited, double gasOutputCapPct) {
        return fuelLimited ? gasCapacityMW * gasOutputCapPct / 100.0 : gasCapacityMW;
    }

    /**
     * Imports available above the ties' ordinary profile: the tie limit less what already flows.
     * The loader checks that the ordinary flow never exceeds the limit, so this is never negative.
     */
    public static double importHeadroomMW(double tieLimitMW, double ordinaryImportMW) {
        if (ordinaryImportMW > tieLimitMW) {
            throw new IllegalArgumentException("ordinary imports " + ordinaryImportMW + " MW exceed the tie limit "
                    + tieLimitMW + " MW");
        }
        return tieLimitMW - ordinaryImportMW;
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(name + " must be non-negative, was " + value);
        }
    }
}
