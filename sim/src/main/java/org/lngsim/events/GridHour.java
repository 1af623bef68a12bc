package org.lngsim.events;

/**
 * One hour of a grid's dispatch (an observation). {@code conserving}: the operator ran its gas
 * plant fuel-limited (or under the older fuel-conservation cap). {@code switchingMW} (coal and oil
 * beyond merit), {@code extraImportMW} (over the ties, above their ordinary profile) and
 * {@code gasAbovePlanMW} (the part of {@code gasMW} burned above the fuel plan, after demand
 * response) are given only for a grid with {@code fuelLimitedOperation} enabled, and null
 * otherwise, so a grid without it writes the same files as before the rule existed.
 */
public record GridHour(double timeHours, String gridId, double demandMW, double nonGasMW, double gasMW, double oilMW,
        double demandResponseMW, double unservedMW, double fuelT, boolean conserving, Double switchingMW,
        Double extraImportMW, Double gasAbovePlanMW) implements SimEvent {

    /** An hour of a grid without the fuel-limited merit order. */
    public GridHour(double timeHours, String gridId, double demandMW, double nonGasMW, double gasMW, double oilMW,
            double demandResponseMW, double unservedMW, double fuelT, boolean conserving) {
        this(timeHours, gridId, demandMW, nonGasMW, gasMW, oilMW, demandResponseMW, unservedMW, fuelT, conserving,
                null, null, null);
    }

    public GridHour {
        if ((switchingMW == null) != (extraImportMW == null) || (switchingMW == null) != (gasAbovePlanMW == null)) {
            throw new IllegalArgumentException("switchingMW, extraImportMW and gasAbovePlanMW are given together or not at all");
        }
    }

    /** True when the grid runs the fuel-limited merit order (switching, extra imports and gas above the plan are known). */
    public boolean meritOrder() {
        return switchingMW != null;
    }

    @Override
    public String type() {
        return "grid-hour";
    }

    @Override
    public void describe(EventRow row) {
        row.entity(gridId).value(unservedMW, "MW unserved");
    }

    @Override
    public boolean isObservation() {
        return true;
    }
}
