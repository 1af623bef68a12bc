package org.lngsim.gui;

/**
 * The geometry of a terminal's gauge: days of cover on a scale from 0 to twice the higher of the
 * protocol's trigger and donor floor (so that threshold sits half way up and a full gauge means
 * "well covered"), with the band that colours it. Without a protocol there are no thresholds: the
 * scale is {@value #DEFAULT_SCALE_DAYS} days and every level reads as able to donate.
 */
public record CoverGauge(double triggerDays, double floorDays, double scaleDays) {

    public static final double DEFAULT_SCALE_DAYS = 30;

    public CoverGauge {
        if (!(scaleDays > 0)) {
            throw new IllegalArgumentException("scaleDays must be positive: " + scaleDays);
        }
    }

    /** The gauge for a party with a protocol trigger and donor floor (days). */
    public static CoverGauge of(double triggerDays, double floorDays) {
        double higher = Math.max(triggerDays, floorDays);
        return new CoverGauge(triggerDays, floorDays, higher > 0 ? 2 * higher : DEFAULT_SCALE_DAYS);
    }

    /** A gauge with no thresholds (the scenario has no protocol). */
    public static CoverGauge withoutProtocol() {
        return new CoverGauge(0, 0, DEFAULT_SCALE_DAYS);
    }

    /** The filled share of the gauge, 0 to 1 (cover beyond the scale fills it; NaN reads as empty). */
    public double fill(double coverDays) {
        if (!(coverDays > 0)) {
            return 0;
        }
        return Math.min(1.0, coverDays / scaleDays);
    }

    /** Where a threshold sits on the gauge, 0 (bottom) to 1 (top). */
    public double level(double days) {
        return Math.min(1.0, Math.max(0.0, days / scaleDays));
    }

    public CoverBand band(double coverDays) {
        if (coverDays < triggerDays) {
            return CoverBand.BELOW_TRIGGER;
        }
        return coverDays < floorDays ? CoverBand.BELOW_DONOR_FLOOR : CoverBand.CAN_DONATE;
    }
}
