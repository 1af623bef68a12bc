package org.lngsim.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The order donors are asked in, and a donor's regions drawn on: the best covered first, so the
 * party (or region) with most to spare gives first; ties keep the given order (party order in the
 * scenario, region order within a party). Pure.
 */
public final class DonorOrder {

    private DonorOrder() {
    }

    /** {@code items} sorted by descending {@code coverDays}, ties in the given order; each cover is asked for once. */
    public static <T> List<T> bestCoveredFirst(List<T> items, ToDoubleFunction<T> coverDays) {
        record Keyed<T>(T item, double negatedCover) {
        }
        List<Keyed<T>> keyed = new ArrayList<>();
        for (T item : items) {
            keyed.add(new Keyed<>(item, -coverDays.applyAsDouble(item)));
        }
        // ascending by the negated cover (a stable sort): the same order as descending cover,
        // with ties, infinities and signed zeros treated exactly as Double.compare treats them
        keyed.sort(Comparator.comparingDouble(Keyed::negatedCover));
        return keyed.stream().map(Keyed::item).toList();
    }
}
