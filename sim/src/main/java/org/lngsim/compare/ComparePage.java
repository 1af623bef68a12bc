package org.lngsim.compare;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.lngsim.charts.CompareCharts;
import org.lngsim.charts.Timeline;
import org.lngsim.report.Html;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.scenario.Scenario;
import org.lngsim.text.Plural;

/**
 * {@code compare.html}: the runs side by side, self-contained like {@code report.html} (charts as
 * PNG data: URIs, inline style, no scripts), so it can be mailed or printed as it is.
 */
final class ComparePage {

    private static final String STYLE = Html.PAGE_STYLE + """
            h2{break-after:avoid}table,figure{break-inside:avoid}
            @media print{body{margin:0;max-width:none}figure{break-inside:avoid}}
            """;

    private ComparePage() {
    }

    static String render(Comparison comparison, Map<CompareCharts, byte[]> pngs) {
        List<RunFolder> runs = comparison.runs();
        List<String> names = comparison.names();
        Scenario first = runs.get(0).scenario();
        StringBuilder h = new StringBuilder(1 << 20);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.text("lngsim comparison: " + String.join(", ", names)))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>").append(Html.text(String.join(" vs ", names))).append("</h1>\n");
        h.append("<p class=\"meta\">").append(Timeline.DATE.format(first.start())).append(" to ")
                .append(Timeline.DATE.format(first.start().plusDays(first.horizonDays() - 1))).append(" (")
                .append(Plural.of(first.horizonDays(), "day")).append("). Differences are each run minus the first, ")
                .append(Html.text(names.get(0))).append(".</p>\n");
        table(h, comparison);
        h.append("<h2>Charts</h2>\n");
        pngs.forEach((kind, png) -> h.append("<figure id=\"chart-").append(kind.file()).append("\"><img alt=\"")
                .append(Html.text(kind.caption())).append("\" width=\"1600\" height=\"900\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\"><figcaption>")
                .append(Html.text(kind.caption())).append("</figcaption></figure>\n"));
        runs(h, runs, names);
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void table(StringBuilder h, Comparison comparison) {
        List<String> names = comparison.names();
        List<Integer> replications = comparison.replications();
        h.append("<h2>Headline numbers</h2>\n<table id=\"comparison\"><thead><tr><th>Measure</th>");
        for (int i = 0; i < names.size(); i++) {
            h.append("<th>").append(Html.text(names.get(i))).append("<br><small>")
                    .append(replications.get(i) == 1 ? "one draw" : Plural.of(replications.get(i), "replication"))
                    .append("</small></th>");
            if (i > 0) {
                h.append("<th>Difference</th>");
            }
        }
        h.append("</tr></thead><tbody>\n");
        for (ComparisonTable.Row row : comparison.table().rows()) {
            h.append("<tr><td>").append(Html.text(row.label())).append("</td>");
            for (int i = 0; i < row.values().size(); i++) {
                h.append("<td>").append(Html.text(CellText.value(row.values().get(i), row.draws().get(i)))).append("</td>");
                if (i > 0) {
                    difference(h, row.differences().get(i));
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n<p class=\"note\">Green: better than the first run (less unserved); orange:"
                + " worse. Deliveries and redirections are shown without a judgement. For a run of several replications"
                + " a number is their median with the 5–95% range; peak and hours are its representative replication's."
                + " Between two ensembles of the same seeds the difference is taken replication by replication (median"
                + " and 5–95% range of the paired differences); \"inside the spread\" means that range holds zero (for"
                + " ensembles of different seeds: the two ranges overlap), so the replications do not tell the runs"
                + " apart and the difference is not coloured.</p>\n");
    }

    private static void difference(StringBuilder h, Difference d) {
        String cls = switch (d.verdict()) {
            case BETTER -> " class=\"better\"";
            case WORSE -> " class=\"worse\"";
            default -> "";
        };
        h.append("<td").append(cls).append('>').append(Html.text(CellText.difference(d))).append("</td>");
    }

    private static void runs(StringBuilder h, List<RunFolder> runs, List<String> names) {
        h.append("<h2>The runs</h2>\n<ul>\n");
        for (int i = 0; i < runs.size(); i++) {
            RunFolder run = runs.get(i);
            Scenario s = run.scenario();
            h.append("<li><b>").append(Html.text(names.get(i))).append("</b>: <small>")
                    .append(Html.text(run.folder().toString())).append("</small>, seed ").append(run.summary().seed())
                    .append(", protocol ").append(run.summary().protocol().enabled() ? "on" : "off").append(". ")
                    .append(Html.text(s.description()));
            h.append(s.disruptions().isEmpty() ? " No disruption." : " Disruptions: " + Html.text(String.join("; ",
                    s.disruptions().stream().map(d -> d.id() + " (" + d.typeName() + ", "
                            + Timeline.DATE.format(s.start().plusDays((long) d.window(s.start()).startDay())) + " to "
                            + Timeline.DATE.format(org.lngsim.report.ReportPage.lastDay(s, d.window(s.start()))) + ")")
                            .toList())) + ".");
            h.append("</li>\n");
        }
        h.append("</ul>\n");
    }
}
