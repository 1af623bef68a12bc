package org.lngsim.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.lngsim.charts.GasVolume;
import org.lngsim.output.EnsembleSummary;
import org.lngsim.output.EnsembleSummary.Quantity;
import org.lngsim.output.EnsembleSummary.Subject;
import org.lngsim.output.RunSummary;
import org.lngsim.text.Words;

/**
 * The headline numbers of a run, as the report's headline table has them: per grid the unserved
 * energy, its peak and its hours; per gas pool the unserved gas and its share; per importer the LNG
 * delivered; and the cargoes the protocol redirected. For a run written by an ensemble, the
 * numbers the ensemble keeps for every replication (unserved energy and gas, LNG delivered) are its
 * medians with their draws; the others are the run folder's representative replication's.
 */
public final class Headlines {

    private Headlines() {
    }

    /** {@code importerName} turns an importer id into its display name ("japan" → "Japan"). */
    public static List<Headline> of(RunSummary s, UnaryOperator<String> importerName) {
        return of(s, importerName, null);
    }

    /** As above, the ensemble's figures where {@code ensemble} (null for a single draw) has them. */
    public static List<Headline> of(RunSummary s, UnaryOperator<String> importerName, EnsembleSummary ensemble) {
        List<Headline> rows = new ArrayList<>();
        s.grids().forEach((id, g) -> {
            String name = Words.capitalised(id) + " grid";
            rows.add(headline("grid:" + id + ":unservedGWh", name + ": unserved electricity (GWh)", g.unservedGWh(),
                    Better.LOWER, draws(ensemble, Subject.GRID, id, java.util.function.DoubleUnaryOperator.identity())));
            rows.add(new Headline("grid:" + id + ":peakUnservedMW", name + ": peak unserved (MW)", g.peakUnservedMW(),
                    Better.LOWER));
            rows.add(new Headline("grid:" + id + ":shortfallHours", name + ": hours with a shortfall",
                    g.shortfallHours(), Better.LOWER));
        });
        s.gasPools().forEach((id, p) -> {
            String name = Words.capitalised(id) + " gas pool";
            rows.add(headline("gasPool:" + id + ":unservedMmscm", name + ": unserved gas (mmscm)",
                    GasVolume.mmscmOfMt(p.unservedMt()), Better.LOWER,
                    draws(ensemble, Subject.GAS_POOL, id, GasVolume::mmscmOfMt)));
            rows.add(new Headline("gasPool:" + id + ":unservedPct", name + ": unserved share (%)", p.unservedPct(),
                    Better.LOWER));
        });
        s.importers().forEach((id, i) -> rows.add(headline("importer:" + id + ":deliveredMt",
                importerName.apply(id) + ": LNG delivered (Mt)", i.deliveredMt(), Better.NEITHER,
                draws(ensemble, Subject.IMPORTER, id, java.util.function.DoubleUnaryOperator.identity()))));
        if (s.protocol().enabled()) {
            rows.add(new Headline("protocol:redirections", "Cargoes redirected by the protocol",
                    s.protocol().redirections(), Better.NEITHER));
        }
        return rows;
    }

    private static Headline headline(String key, String label, double single, Better better, Draws draws) {
        return new Headline(key, label, draws == null ? single : draws.median(), better, draws);
    }

    /** The ensemble's draws of {@code subject}'s unserved (or delivered) figure, in the unit {@code convert} gives. */
    private static Draws draws(EnsembleSummary ensemble, Subject subject, String id,
            java.util.function.DoubleUnaryOperator convert) {
        if (ensemble == null) {
            return null;
        }
        Quantity quantity = subject == Subject.IMPORTER ? Quantity.DELIVERED : Quantity.UNSERVED;
        EnsembleSummary.Headline h = ensemble.headline(subject, id, quantity);
        return h == null ? null : new Draws(ensemble.seeds(), h.values(), h.p5(), h.median(), h.p95()).converted(convert);
    }

}
