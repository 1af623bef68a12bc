package org.lngsim.backcast;

/**
 * How a model figure stands against its observation's band. Over an ensemble the median decides;
 * a median outside the band whose 5–95% range still meets it is {@link #WITHIN_RANGE}: the history
 * is one of the model's plausible draws, which a single draw could show as off or within by chance.
 */
public enum Verdict {
    WITHIN("within"),
    /** The median is outside the band, but the replications' 5–95% range meets it. */
    WITHIN_RANGE("within (range only)"),
    OFF("off"),
    /** The model does not produce this figure yet (prices). */
    NOT_MODELLED("not modelled");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the verdicts that need no known miss: the median, or at least the range, is in the band. */
    public boolean agrees() {
        return this == WITHIN || this == WITHIN_RANGE;
    }

    /** The verdict on {@code model} for {@code observation}: a modelled figure with no value is off. */
    public static Verdict of(Observation observation, ModelValue model) {
        return of(observation, ModelSpread.single(model));
    }

    /** The verdict on an ensemble's figure: its median, else its 5–95% range. */
    public static Verdict of(Observation observation, ModelSpread model) {
        if (!observation.metric().modelled()) {
            return NOT_MODELLED;
        }
        if (!model.present()) {
            return OFF;
        }
        if (observation.admits(model.value().getAsDouble())) {
            return WITHIN;
        }
        return model.rangeMeets(observation) ? WITHIN_RANGE : OFF;
    }
}
