package org.lngsim.backcast;

import java.util.Optional;

/** One observation of an event beside the model's figure, its verdict and any known miss. */
public record Comparison(String event, Observation observation, ModelValue model, Verdict verdict,
        Optional<KnownMiss> knownMiss) {

    /** Off (or not modelled) and not listed as a known miss: what the CI test refuses. */
    public boolean unexplained() {
        return verdict != Verdict.WITHIN && knownMiss.isEmpty();
    }

    /** Listed as a known miss but now within its band: the list must shrink. */
    public boolean stale() {
        return verdict == Verdict.WITHIN && knownMiss.isPresent();
    }

    /** The model's figure as written in tables, or a dash. */
    public String modelText() {
        if (!model.present()) {
            return "—";
        }
        double value = model.value().getAsDouble();
        return observation.metric().counts() ? Numbers.plain(Math.rint(value)) : Numbers.model(value);
    }

    /** The published figure and band: "65.9 (64.5–66.2)", "0 (= 0)", "(≥ 12)". */
    public String observedText() {
        String value = observation.value().isPresent() ? Numbers.plain(observation.value().getAsDouble()) : "";
        String band = observation.band();
        return value.isEmpty() ? "(" + band + ")" : value + " (" + band + ")";
    }
}
