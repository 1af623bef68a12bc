package org.lngsim.backcast;

import java.util.List;
import java.util.Locale;
import org.lngsim.report.Html;

/**
 * {@code report.html} of a back-cast: what was compared, then per event its scenario's
 * description, its chart and its table with every figure's source and any known miss's
 * mechanism. Every string from a file is escaped.
 */
final class BackcastPage {

    private static final String STYLE = """
            body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#111;line-height:1.4}
            table{border-collapse:collapse;width:100%;font-size:14px;margin:0.5em 0 2em}
            th,td{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
            td.n{text-align:right;white-space:nowrap}
            .within{color:#00734f}.off{color:#b34700;font-weight:bold}.nm{color:#666}
            img{width:100%;border:1px solid #ddd}
            .note{color:#444;font-size:13px}
            """;

    private BackcastPage() {
    }

    static String render(List<Backcast.EventResult> results) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>lngsim back-casts</title>\n<style>")
                .append(STYLE).append("</style></head><body>\n<h1>How well lngsim reproduces history</h1>\n");
        List<Comparison> all = results.stream().flatMap(r -> r.comparisons().stream()).toList();
        h.append(String.format(Locale.ROOT, "<p>%d real events, each published figure set beside the model's "
                + "figure for the same days. %s. The bands are as published, never taken from the model; a model "
                + "figure is within when its median is in the band, within by the range only when the median is not "
                + "but some of the replications' 5–95%% range is. A miss listed in <code>known-misses.csv</code> names "
                + "the model mechanism that causes it and the issue meant to fix it.</p>\n", results.size(),
                Html.text(Tally.of(all).sentence())));
        for (Backcast.EventResult result : results) {
            event(h, result);
        }
        return h.append("</body></html>\n").toString();
    }

    private static void event(StringBuilder h, Backcast.EventResult result) {
        String name = Html.text(result.event().name());
        h.append("<h2 id=\"").append(name).append("\">").append(name).append("</h2>\n<p class=\"note\">")
                .append(Html.text(result.event().scenario().scenario().description())).append("</p>\n")
                .append("<p class=\"note\">Run folder: <code>").append(Backcast.RUNS).append('/').append(name)
                .append("/</code> (<code>lngsim chart</code> draws its briefing charts).</p>\n")
                .append("<img alt=\"back-cast chart for ").append(name).append("\" src=\"").append(BackcastFiles.CHARTS)
                .append('/').append(name).append(".png\">\n");
        h.append("<table><tr><th>figure</th><th>window</th><th>model: median (5–95%)</th><th>observed (band)</th><th>unit</th>"
                + "<th>verdict</th><th>source</th></tr>\n");
        for (Comparison c : result.comparisons()) {
            row(h, c);
        }
        h.append("</table>\n");
    }

    private static void row(StringBuilder h, Comparison c) {
        Observation o = c.observation();
        String cls = switch (c.verdict()) {
            case WITHIN, WITHIN_RANGE -> "within";
            case OFF -> "off";
            case NOT_MODELLED -> "nm";
        };
        h.append("<tr><td>").append(Html.text(o.figure())).append("<br><span class=\"note\">")
                .append(Html.text(o.metric().id() + " of " + o.subject())).append("</span></td><td>")
                .append(Html.text(o.window())).append("</td><td class=\"n\">").append(Html.text(c.modelText()))
                .append("</td><td class=\"n\">").append(Html.text(c.observedText())).append("</td><td>")
                .append(Html.text(o.metric().unit())).append("</td><td class=\"").append(cls).append("\">")
                .append(Html.text(c.verdict().label()));
        c.knownMiss().ifPresent(m -> h.append("<br><span class=\"note\">known miss (#").append(m.issue()).append("): ")
                .append(Html.text(m.mechanism())).append("</span>"));
        if (!c.model().present() && !c.model().median().missing().isEmpty()) {
            h.append("<br><span class=\"note\">").append(Html.text(c.model().median().missing())).append("</span>");
        } else if (c.model().withFigure() < c.model().replications()) {
            h.append("<br><span class=\"note\">").append(c.model().withFigure()).append(" of ")
                    .append(c.model().replications()).append(" replications have this figure</span>");
        }
        h.append("</td><td>").append(Html.text(o.source()));
        if (isWebLink(o.url())) {
            h.append(" <a href=\"").append(Html.text(o.url())).append("\">link</a>");
        } else if (!o.url().isEmpty()) {
            h.append(" (").append(Html.text(o.url())).append(')');
        }
        if (!o.note().isEmpty()) {
            h.append("<br><span class=\"note\">").append(Html.text(o.note())).append("</span>");
        }
        h.append("</td></tr>\n");
    }

    /** Only web links become links: a document reference (or a javascript: URL) stays text. */
    private static boolean isWebLink(String url) {
        return url.startsWith("https://") || url.startsWith("http://");
    }
}
