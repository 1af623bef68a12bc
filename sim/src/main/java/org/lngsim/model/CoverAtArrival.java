package org.lngsim.model;

/**
 * A terminal's stock when a cargo planned now would arrive: what it holds above its heel, plus the
 * cargoes already on their way to it (taken as arriving first, since they were planned first),
 * less what it is expected to send out until then. The projection may go below zero: that is gas
 * the terminal's consumers would lack, and the terminal needs the cargo most. Pure.
 */
public final class CoverAtArrival {

    private CoverAtArrival() {
    }

    /**
     * @param usableT        stock above the heel now
     * @param inboundT       cargoes assigned to the terminal and not yet in its tanks
     * @param dailySendOutT  expected send-out per day until the arrival
     * @param hoursToArrival hours from now to the cargo's expected arrival
     * @return usable stock expected at arrival (negative: a projected gap)
     */
    public static double usableAtArrivalT(double usableT, double inboundT, double dailySendOutT, double hoursToArrival) {
        return usableT + inboundT - dailySendOutT * hoursToArrival / Units.HOURS_PER_DAY;
    }

    /**
     * Days the projected usable stock would last at the terminal's full send-out: comparable
     * between a large and a small terminal, and independent of how the region shares its use.
     */
    public static double coverDays(double usableAtArrivalT, double sendOutCapacityTPerDay) {
        if (!(sendOutCapacityTPerDay > 0)) {
            throw new IllegalArgumentException("send-out capacity must be positive: " + sendOutCapacityTPerDay);
        }
        return usableAtArrivalT / sendOutCapacityTPerDay;
    }

    /**
     * Whether the cargo fits the tanks at arrival: the projected stock (never below the heel, which
     * is not sent out) plus the cargo within the tanks' capacity.
     */
    public static boolean fits(double heelT, double usableAtArrivalT, double cargoT, double capacityT) {
        return heelT + Math.max(0.0, usableAtArrivalT) + cargoT <= capacityT;
    }
}
