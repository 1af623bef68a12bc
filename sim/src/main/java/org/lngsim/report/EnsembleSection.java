package org.lngsim.report;

import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.lngsim.charts.DisplayNumbers;
import org.lngsim.charts.EnsembleCharts;
import org.lngsim.charts.GasVolume;
import org.lngsim.output.EnsembleSummary;
import org.lngsim.output.EnsembleSummary.Headline;
import org.lngsim.output.EnsembleSummary.Quantity;
import org.lngsim.output.EnsembleSummary.Subject;
import org.lngsim.runfolder.read.EnsembleFolder;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.text.Plural;
import org.lngsim.text.Words;

/**
 * The report's ensemble section: each headline as the median with its 5–95% range across the
 * paired replications, how often the protocol made things worse, and the band charts. It says
 * which replication the rest of the page shows, so nobody reads one draw as the answer.
 */
final class EnsembleSection {

    private EnsembleSection() {
    }

    static String html(RunFolder run, EnsembleFolder folder, Map<String, byte[]> bandPngs) {
        EnsembleSummary ensemble = folder.summary();
        StringBuilder h = new StringBuilder();
        h.append("<h2>Across ").append(Plural.of(ensemble.replications(), "paired replication")).append("</h2>\n");
        h.append("<p id=\"ensemble-note\">One run is one random draw of when each contract's cargoes fall in its "
                + "programme (ties between simultaneous steps are not drawn: they run in the order they were "
                + "scheduled). The scenario ran ")
                .append(ensemble.replications()).append(" times, each with and without the protocol on the same random "
                + "numbers. The numbers above and the charts without a band are replication ")
                .append(ensemble.representative().replication()).append(" (seed ").append(ensemble.representative().seed())
                .append("), the one nearest the medians.</p>\n");
        boolean paired = ensemble.headlines().stream().anyMatch(Headline::isAvoided);
        h.append("<table id=\"ensemble\"><thead><tr><th>Measure</th><th>")
                .append(paired ? "With the protocol" : "Median").append(" (5–95%)</th>");
        if (paired) {
            h.append("<th>Without (5–95%)</th><th>Avoided (5–95%)</th><th>Worse with the protocol</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (Headline with : ensemble.headlines()) {
            if (with.quantity() == Quantity.UNSERVED) {
                unservedRow(h, ensemble, with, paired);
            } else if (with.quantity() == Quantity.DELIVERED) {
                h.append("<tr><td>").append(Html.text(run.importerName(with.entity()))).append(": LNG delivered (Mt)</td><td>")
                        .append(range(with, false)).append("</td>").append(paired ? "<td></td><td></td><td></td>" : "")
                        .append("</tr>\n");
            }
        }
        h.append("</tbody></table>\n");
        for (Map.Entry<String, byte[]> e : bandPngs.entrySet()) {
            String caption = EnsembleCharts.caption(e.getKey());
            h.append("<figure id=\"chart-").append(e.getKey()).append("\"><img alt=\"").append(Html.text(caption))
                    .append("\" width=\"1600\" height=\"900\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(e.getValue())).append("\"><figcaption>")
                    .append(Html.text(caption)).append("</figcaption></figure>\n");
        }
        return h.toString();
    }

    private static void unservedRow(StringBuilder h, EnsembleSummary ensemble, Headline with, boolean paired) {
        boolean gas = with.subject() == Subject.GAS_POOL;
        // gas in mmscm, as the headline table and the charts give it to a reader
        String what = gas ? " gas pool: unserved gas (mmscm)" : " grid: unserved electricity (GWh)";
        h.append("<tr><td>").append(Html.text(Words.capitalised(with.entity()) + what)).append("</td><td>").append(range(with, gas))
                .append("</td>");
        Headline without = ensemble.headline(with.subject(), with.entity(), Quantity.UNSERVED_WITHOUT_PROTOCOL);
        Headline avoided = ensemble.headline(with.subject(), with.entity(), Quantity.AVOIDED);
        if (paired && without != null && avoided != null) {
            String cls = avoided.probabilityWorse() > 0 ? " class=\"worse\"" : "";
            h.append("<td>").append(range(without, gas)).append("</td><td>").append(range(avoided, gas)).append("</td><td")
                    .append(cls).append('>').append(String.format(Locale.ROOT, "%.0f%% of pairs",
                            100 * avoided.probabilityWorse())).append("</td>");
        } else if (paired) {
            h.append("<td></td><td></td><td></td>");
        }
        h.append("</tr>\n");
    }

    /** The median and its range; gas converted from Mt of LNG to mmscm. */
    private static String range(Headline h, boolean gas) {
        java.util.function.DoubleUnaryOperator unit = gas ? GasVolume::mmscmOfMt : v -> v;
        return DisplayNumbers.forReader(unit.applyAsDouble(h.median())) + " <small>(" + DisplayNumbers.forReader(unit.applyAsDouble(h.p5())) + " to "
                + DisplayNumbers.forReader(unit.applyAsDouble(h.p95())) + ")</small>";
    }

}
