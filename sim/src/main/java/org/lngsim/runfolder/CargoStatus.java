package org.lngsim.runfolder;

import java.util.Arrays;

/** How a cargo's story ended: the {@code status} column of {@code cargoes.csv}. */
public enum CargoStatus {
    /** Discharged at a terminal. */
    DELIVERED("delivered"),
    /** Still aboard when the run ended. */
    AT_SEA_AT_END("at-sea-at-end"),
    /** Never loaded: the cargo has only its plan. */
    CANCELLED("cancelled");

    private final String text;

    CargoStatus(String text) {
        this.text = text;
    }

    /** The value written in the file. */
    public String text() {
        return text;
    }

    /** The status written as {@code text}. */
    public static CargoStatus of(String text) {
        return Arrays.stream(values()).filter(s -> s.text.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a cargo status: '" + text + "'"));
    }
}
