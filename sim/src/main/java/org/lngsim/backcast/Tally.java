package org.lngsim.backcast;

import java.util.List;
import java.util.Locale;

/**
 * The verdicts of a set of comparisons counted once, for every place that states them (console,
 * README table, report), so they cannot disagree.
 */
public record Tally(int figures, long within, long withinByRangeOnly, long off, long notModelled, long knownMisses,
        int replications) {

    public static Tally of(List<Comparison> comparisons) {
        return new Tally(comparisons.size(), count(comparisons, Verdict.WITHIN) + count(comparisons, Verdict.WITHIN_RANGE),
                count(comparisons, Verdict.WITHIN_RANGE), count(comparisons, Verdict.OFF),
                count(comparisons, Verdict.NOT_MODELLED), comparisons.stream().filter(c -> c.knownMiss().isPresent()).count(),
                comparisons.stream().mapToInt(c -> c.model().replications()).max().orElse(1));
    }

    private static long count(List<Comparison> comparisons, Verdict verdict) {
        return comparisons.stream().filter(c -> c.verdict() == verdict).count();
    }

    /** "137 figures (each the median (5–95% range) of 20 replications): 81 within (28 by the range only), …". */
    public String sentence() {
        String basis = replications > 1
                ? String.format(Locale.ROOT, " (the model's each the median (5–95%% range) of %d replications)", replications)
                : " (the model's from one draw)";
        return String.format(Locale.ROOT, "%d figures%s: %d within the published band (%d by the 5–95%% range only), "
                + "%d off, %d not modelled; %d known misses", figures, basis, within, withinByRangeOnly, off, notModelled,
                knownMisses);
    }
}
