package org.lngsim.protocol;

/** How owed volume was settled: returned in kind by a payback cargo, or paid in money when it fell due. */
public enum Settlement {

    IN_KIND("in kind"),
    IN_MONEY("in money");

    private final String label;

    Settlement(String label) {
        this.label = label;
    }

    /** The words for it in output files. */
    public String label() {
        return label;
    }
}
