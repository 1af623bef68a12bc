package org.lngsim.runfolder;

/** Which run of a replication's pair a band describes. */
public enum EnsembleSide {
    /** The scenario as given, its protocol on. */
    WITH_PROTOCOL("with"),
    /** The counterfactual: same scenario and seed, protocol off. */
    WITHOUT_PROTOCOL("without");

    private final String label;

    EnsembleSide(String label) {
        this.label = label;
    }

    /** The side's name in {@code ensemble/bands.csv}. */
    public String label() {
        return label;
    }

    public static EnsembleSide of(String label) {
        for (EnsembleSide side : values()) {
            if (side.label.equals(label)) {
                return side;
            }
        }
        throw new IllegalArgumentException("no ensemble side " + label);
    }
}
