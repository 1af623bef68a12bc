package org.lngsim.backcast;

import java.util.List;
import java.util.OptionalDouble;
import org.lngsim.stats.EnsembleStats;

/**
 * The model's figure for an observation over an ensemble of replications (one random draw each):
 * the median of the replications that produce the figure, their 5–95% range, and how many do. One
 * replication is a single draw: its figure is the median and its range is empty. A figure no
 * replication produces carries the first replication's reason.
 */
public record ModelSpread(ModelValue median, OptionalDouble p5, OptionalDouble p95, int replications,
        int withFigure) {

    public ModelSpread {
        if (replications < 1 || withFigure < 0 || withFigure > replications) {
            throw new IllegalArgumentException("a spread of " + withFigure + " figures in " + replications
                    + " replications");
        }
    }

    /** The spread of {@code values}, one per replication in replication order; not empty. */
    public static ModelSpread of(List<ModelValue> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no replications");
        }
        double[] present = values.stream().filter(ModelValue::present).mapToDouble(v -> v.value().getAsDouble())
                .toArray();
        if (present.length == 0) {
            return new ModelSpread(values.get(0), OptionalDouble.empty(), OptionalDouble.empty(), values.size(), 0);
        }
        if (values.size() == 1) {
            return new ModelSpread(values.get(0), OptionalDouble.empty(), OptionalDouble.empty(), 1, 1);
        }
        EnsembleStats.Spread spread = EnsembleStats.spread(present);
        return new ModelSpread(ModelValue.of(spread.median()), OptionalDouble.of(spread.p5()),
                OptionalDouble.of(spread.p95()), values.size(), present.length);
    }

    /** A single draw's figure. */
    public static ModelSpread single(ModelValue value) {
        return of(List.of(value));
    }

    public boolean present() {
        return median.present();
    }

    public OptionalDouble value() {
        return median.value();
    }

    /** True when the figure has a 5–95% range (more than one replication produced it). */
    public boolean ranged() {
        return p5.isPresent();
    }

    /**
     * True when the 5–95% range meets {@code observation}'s band: some draws of the model fall
     * inside what was observed, though the median does not.
     */
    public boolean rangeMeets(Observation observation) {
        if (!ranged()) {
            return false;
        }
        boolean aboveLow = observation.low().isEmpty() || p95.getAsDouble() >= observation.low().getAsDouble();
        boolean belowHigh = observation.high().isEmpty() || p5.getAsDouble() <= observation.high().getAsDouble();
        return aboveLow && belowHigh;
    }
}
