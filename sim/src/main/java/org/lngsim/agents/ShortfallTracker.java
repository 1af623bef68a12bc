package org.lngsim.agents;

import org.lngsim.events.ShortfallBegan;
import org.lngsim.events.ShortfallEnded;

/** Turns a consumer's step-by-step unserved amounts into shortfall-began/ended events. */
final class ShortfallTracker {

    private static final double EPSILON = 1e-6;

    private final WorldContext world;
    private final String entityId;
    private final String kind;
    private final String unit;
    private double beganHour = Double.NaN;
    private double unservedSoFar;

    ShortfallTracker(WorldContext world, String entityId, String kind, String unit) {
        this.world = world;
        this.entityId = entityId;
        this.kind = kind;
        this.unit = unit;
    }

    /** Records one step starting at {@code hour}; {@code unserved} in this tracker's unit. */
    void record(double hour, double unserved) {
        boolean short_ = unserved > EPSILON;
        if (short_ && Double.isNaN(beganHour)) {
            beganHour = hour;
            unservedSoFar = 0;
            world.publish(new ShortfallBegan(hour, entityId, kind));
        }
        if (short_) {
            unservedSoFar += unserved;
        } else if (!Double.isNaN(beganHour)) {
            world.publish(new ShortfallEnded(hour, entityId, kind, hour - beganHour, unservedSoFar, unit));
            beganHour = Double.NaN;
        }
    }

    /** At the horizon, a shortfall still running is reported as ending there. */
    void close(double endHour) {
        if (!Double.isNaN(beganHour)) {
            world.publish(new ShortfallEnded(endHour, entityId, kind, endHour - beganHour, unservedSoFar, unit));
            beganHour = Double.NaN;
        }
    }
}
