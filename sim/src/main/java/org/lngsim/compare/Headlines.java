package org.lngsim.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.lngsim.charts.GasVolume;
import org.lngsim.output.RunSummary;

/**
 * The headline numbers of a run, as the report's headline table has them: per grid the unserved
 * energy, its peak and its hours; per gas pool the unserved gas and its share; per importer the LNG
 * delivered; and the cargoes the protocol redirected.
 */
public final class Headlines {

    private Headlines() {
    }

    /** {@code importerName} turns an importer id into its display name ("japan" → "Japan"). */
    public static List<Headline> of(RunSummary s, UnaryOperator<String> importerName) {
        List<Headline> rows = new ArrayList<>();
        s.grids().forEach((id, g) -> {
            String name = title(id) + " grid";
            rows.add(new Headline("grid:" + id + ":unservedGWh", name + ": unserved electricity (GWh)", g.unservedGWh(),
                    Better.LOWER));
            rows.add(new Headline("grid:" + id + ":peakUnservedMW", name + ": peak unserved (MW)", g.peakUnservedMW(),
                    Better.LOWER));
            rows.add(new Headline("grid:" + id + ":shortfallHours", name + ": hours with a shortfall",
                    g.shortfallHours(), Better.LOWER));
        });
        s.gasPools().forEach((id, p) -> {
            String name = title(id) + " gas pool";
            rows.add(new Headline("gasPool:" + id + ":unservedMmscm", name + ": unserved gas (mmscm)",
                    GasVolume.mmscmOfMt(p.unservedMt()), Better.LOWER));
            rows.add(new Headline("gasPool:" + id + ":unservedPct", name + ": unserved share (%)", p.unservedPct(),
                    Better.LOWER));
        });
        s.importers().forEach((id, i) -> rows.add(new Headline("importer:" + id + ":deliveredMt",
                importerName.apply(id) + ": LNG delivered (Mt)", i.deliveredMt(), Better.NEITHER)));
        if (s.protocol().enabled()) {
            rows.add(new Headline("protocol:redirections", "Cargoes redirected by the protocol",
                    s.protocol().redirections(), Better.NEITHER));
        }
        return rows;
    }

    static String title(String id) {
        return id.isEmpty() ? id : Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
