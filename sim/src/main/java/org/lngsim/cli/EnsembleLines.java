package org.lngsim.cli;

import java.util.Locale;
import org.lngsim.output.EnsembleSummary;
import org.lngsim.output.EnsembleSummary.Headline;
import org.lngsim.output.EnsembleSummary.Quantity;
import org.lngsim.output.EnsembleSummary.Subject;

/**
 * The console's ensemble block: each headline as median with its 5–95% range across the paired
 * replications, and how often the protocol made a shortfall worse. The lines above it are those
 * of the representative replication, whose files the run folder holds.
 */
final class EnsembleLines {

    private EnsembleLines() {
    }

    static String of(EnsembleSummary ensemble) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "ensemble of %d paired replications (median, 5-95%% range); the lines above and the run folder's files "
                        + "are replication %d (seed %d), the one nearest the medians%n",
                ensemble.replications(), ensemble.representative().replication(), ensemble.representative().seed()));
        for (Headline h : ensemble.headlines()) {
            switch (h.quantity()) {
                case UNSERVED -> text.append(unserved(ensemble, h));
                case DELIVERED -> text.append(String.format(Locale.ROOT, "  %-8s received %s Mt%n", h.entity(),
                        range(h, "%.2f")));
                case REDIRECTED -> text.append(String.format(Locale.ROOT, "  protocol redirected %s Mt%n",
                        range(h, "%.2f")));
                default -> { } // printed with their UNSERVED line
            }
        }
        return text.toString();
    }

    private static String unserved(EnsembleSummary ensemble, Headline with) {
        boolean grid = with.subject() == Subject.GRID;
        String number = grid ? "%.1f" : "%.2f";
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %s %-8s unserved %s %s",
                grid ? "grid" : "gas pool", with.entity(), range(with, number), with.unit()));
        Headline without = ensemble.headline(with.subject(), with.entity(), Quantity.UNSERVED_WITHOUT_PROTOCOL);
        Headline avoided = ensemble.headline(with.subject(), with.entity(), Quantity.AVOIDED);
        if (without != null && avoided != null) {
            line.append(String.format(Locale.ROOT, "; without the protocol %s; avoided %s; worse with the protocol in "
                    + "%.0f%% of pairs%s", range(without, number), range(avoided, number), 100 * avoided.probabilityWorse(),
                    avoided.probabilityWorse() > 0 ? "  <- can be WORSE with the protocol" : ""));
        }
        return line.append(System.lineSeparator()).toString();
    }

    private static String range(Headline h, String number) {
        return String.format(Locale.ROOT, number + " (" + number + " to " + number + ")", h.median(), h.p5(), h.p95());
    }
}
