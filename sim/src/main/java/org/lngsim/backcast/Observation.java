package org.lngsim.backcast;

import java.time.LocalDate;
import java.util.OptionalDouble;
import org.lngsim.scenario.yaml.Location;

/**
 * One published figure of a real event: what was measured ({@link Metric} of {@code subject}) over
 * which days ({@code from} to {@code to}, both included), the central value when one was
 * published, the band as published (either bound may be open), and its source.
 */
public record Observation(String figure, Metric metric, String subject, LocalDate from, LocalDate to,
        OptionalDouble value, OptionalDouble low, OptionalDouble high, String source, String url, String note,
        Location location) {

    /** True when {@code modelValue} lies in the band; a missing bound does not limit. */
    public boolean admits(double modelValue) {
        return (low.isEmpty() || modelValue >= low.getAsDouble()) && (high.isEmpty() || modelValue <= high.getAsDouble());
    }

    /** The band as a reader writes it: "1.4–1.6", "≥ 12", "≤ 0.5", or "= 0" when both bounds agree. */
    public String band() {
        if (low.isPresent() && high.isPresent()) {
            return low.getAsDouble() == high.getAsDouble() ? "= " + Numbers.plain(low.getAsDouble())
                    : Numbers.plain(low.getAsDouble()) + "–" + Numbers.plain(high.getAsDouble());
        }
        if (low.isPresent()) {
            return "≥ " + Numbers.plain(low.getAsDouble());
        }
        return high.isPresent() ? "≤ " + Numbers.plain(high.getAsDouble()) : "";
    }

    /** The window as dates: "2024-01-01 – 2024-12-31", or one date. */
    public String window() {
        return from.equals(to) ? from.toString() : from + " – " + to;
    }
}
