package org.lngsim.backcast;

/** How a model figure stands against its observation's band. */
public enum Verdict {
    WITHIN("within"),
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

    /** The verdict on {@code model} for {@code observation}: a modelled figure with no value is off. */
    public static Verdict of(Observation observation, ModelValue model) {
        if (!observation.metric().modelled()) {
            return NOT_MODELLED;
        }
        return model.present() && observation.admits(model.value().getAsDouble()) ? WITHIN : OFF;
    }
}
