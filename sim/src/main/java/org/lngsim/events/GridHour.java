package org.lngsim.events;

/** One hour of a grid's dispatch (an observation). */
public record GridHour(double timeHours, String gridId, double demandMW, double nonGasMW, double gasMW, double oilMW, double demandResponseMW, double unservedMW, double fuelT, boolean conserving) implements SimEvent {

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
