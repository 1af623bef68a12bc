package org.lngsim.backcast;

import java.util.OptionalDouble;

/** The model's figure for an observation, or why the run has none. */
public record ModelValue(OptionalDouble value, String missing) {

    public static ModelValue of(double value) {
        return new ModelValue(OptionalDouble.of(value), "");
    }

    public static ModelValue none(String why) {
        return new ModelValue(OptionalDouble.empty(), why);
    }

    static ModelValue of(OptionalDouble value, String whyNot) {
        return value.isPresent() ? new ModelValue(value, "") : none(whyNot);
    }

    public boolean present() {
        return value.isPresent();
    }
}
