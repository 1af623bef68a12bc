package org.lngsim.backcast;

import java.util.Optional;

/**
 * One observation of an event beside the model's figure (over the back-cast's replications), its
 * verdict and any known miss.
 */
public record Comparison(String event, Observation observation, ModelSpread model, Verdict verdict,
        Optional<KnownMiss> knownMiss) {

    /** Off (or not modelled) and not listed as a known miss: what the CI test refuses. */
    public boolean unexplained() {
        return !verdict.agrees() && knownMiss.isEmpty();
    }

    /** Listed as a known miss but now within its band (by the median or the range): the list must shrink. */
    public boolean stale() {
        return verdict.agrees() && knownMiss.isPresent();
    }

    /** The model's figure as written in tables: the median, with its 5–95% range when it has one, or a dash. */
    public String modelText() {
        if (!model.present()) {
            return "—";
        }
        String median = format(model.value().getAsDouble());
        if (!model.ranged()) {
            return median;
        }
        return median + " (" + format(model.p5().getAsDouble()) + "–" + format(model.p95().getAsDouble()) + ")";
    }

    private String format(double value) {
        return observation.metric().counts() ? Numbers.plain(Math.rint(value)) : Numbers.model(value);
    }

    /** The published figure and band: "65.9 (64.5–66.2)", "0 (= 0)", "(≥ 12)". */
    public String observedText() {
        String value = observation.value().isPresent() ? Numbers.plain(observation.value().getAsDouble()) : "";
        String band = observation.band();
        return value.isEmpty() ? "(" + band + ")" : value + " (" + band + ")";
    }
}
