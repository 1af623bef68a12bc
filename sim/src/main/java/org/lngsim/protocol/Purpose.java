package org.lngsim.protocol;

/**
 * Why a cargo is released: to a party short of cover, or back to the party it is owed to. The
 * label is the word written in {@code events.csv} (and read back by the charts).
 */
public enum Purpose {

    /** A release to a party whose projected cover fell below its trigger; it becomes a debt. */
    EMERGENCY("emergency"),
    /** A release that returns owed volume in kind; it settles a debt. */
    PAYBACK("payback");

    private final String label;

    Purpose(String label) {
        this.label = label;
    }

    /** The word for it in output files. */
    public String label() {
        return label;
    }

    /** The purpose whose {@link #label()} is {@code label}. */
    public static Purpose ofLabel(String label) {
        for (Purpose purpose : values()) {
            if (purpose.label.equals(label)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("not a release purpose: '" + label + "'");
    }
}
