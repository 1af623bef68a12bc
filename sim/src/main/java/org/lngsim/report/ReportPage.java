package org.lngsim.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lngsim.charts.BriefingCharts;
import org.lngsim.charts.DisplayNumbers;
import org.lngsim.charts.GasVolume;
import org.lngsim.runfolder.read.Redirection;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.charts.Timeline;
import org.lngsim.output.EnsembleSummary;
import org.lngsim.output.RunSummary;
import org.lngsim.scenario.Disruption;
import org.lngsim.scenario.Protocol;
import org.lngsim.scenario.Scenario;
import org.lngsim.text.Plural;
import org.lngsim.text.Words;

/**
 * {@code report.html}: one page a briefer can mail or print. Self-contained on purpose — charts
 * are PNG data: URIs and the style is inline — so it opens anywhere, offline, with nothing to
 * fetch and nothing to fail.
 */
public final class ReportPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final String STYLE = Html.PAGE_STYLE + """
            #key-finding{font-size:1.15em;font-weight:bold}
            h2{break-after:avoid}table,figure,li{break-inside:avoid}
            @media print{body{margin:0;max-width:none;font-size:8.5pt;line-height:1.3}h1{font-size:15pt}\
            #key-finding{font-size:10pt}#description{font-size:7.5pt}th,td{padding:.1em .4em}h2{margin-top:.7em}\
            h2#charts{break-before:page}figure{margin:.4em 0 1em}h2.after-charts{break-before:page}}
            """;

    private ReportPage() {
    }

    /** The whole page; {@code pngs} holds each chart's PNG bytes, in briefing order. */
    public static String render(RunFolder run, Map<BriefingCharts, byte[]> pngs) {
        return render(run, pngs, "");
    }

    /** As above, with an ensemble's section ({@link EnsembleSection}) after the headline numbers. */
    public static String render(RunFolder run, Map<BriefingCharts, byte[]> pngs, String ensembleSection) {
        return render(run, pngs, ensembleSection, null);
    }

    /**
     * As above; with the run's {@code ensemble} (null for one draw) the key finding states the
     * ensemble's medians and ranges rather than the representative replication's figures.
     */
    public static String render(RunFolder run, Map<BriefingCharts, byte[]> pngs, String ensembleSection,
            EnsembleSummary ensemble) {
        Scenario scenario = run.scenario();
        RunSummary summary = run.summary();
        StringBuilder h = new StringBuilder(1 << 20);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.text("lngsim briefing: " + scenario.name())).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>").append(Html.text(scenario.name())).append("</h1>\n");
        h.append("<p class=\"meta\">").append(DATE.format(scenario.start())).append(" to ")
                .append(DATE.format(scenario.start().plusDays(scenario.horizonDays() - 1))).append(" (")
                .append(Plural.of(scenario.horizonDays(), "day")).append("), seed ").append(summary.seed()).append(". Protocol ")
                .append(summary.protocol().enabled() ? "on" : "off").append(".</p>\n");
        String finding = ensemble == null ? KeyFinding.of(summary, scenario.start()) : KeyFinding.of(summary, ensemble);
        h.append("<p id=\"key-finding\">").append(Html.text(finding)).append("</p>\n");
        h.append("<p id=\"description\">").append(Html.text(scenario.description())).append("</p>\n");
        headlines(h, run);
        h.append(ensembleSection);
        // The report draws from its own folder only; it never runs the model to get a baseline.
        h.append("<p class=\"note\" id=\"baseline\">Against the undisrupted baseline: this run folder holds no"
                + " baseline run. Run one and compare: <code>lngsim run scenarios/baseline-2024.yaml --out BASE</code>,"
                // RUN_DIR, not this folder's name: the same run must give the same bytes wherever it is written.
                + " then <code>lngsim compare BASE RUN_DIR --out COMPARISON</code>.</p>\n");
        carried(h, run);
        h.append("<h2 id=\"charts\">Charts</h2>\n");
        for (Map.Entry<BriefingCharts, byte[]> e : pngs.entrySet()) {
            h.append("<figure id=\"chart-").append(e.getKey().file()).append("\"><img alt=\"")
                    .append(Html.text(e.getKey().caption())).append("\" width=\"1600\" height=\"900\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(e.getValue())).append("\"><figcaption>")
                    .append(Html.text(e.getKey().caption())).append("</figcaption></figure>\n");
        }
        protocol(h, run);
        h.append(MarketSection.html(run));
        assumptions(h, run);
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void headlines(StringBuilder h, RunFolder run) {
        RunSummary s = run.summary();
        RunSummary.Counterfactual off = s.counterfactual();
        // Label the column by what the run is: a protocol-off run is not "with the protocol".
        h.append("<h2>Headline numbers</h2>\n<table id=\"headlines\"><thead><tr><th>Measure</th><th>")
                .append(s.protocol().enabled() ? "With the protocol" : "This run (protocol off)").append("</th>");
        if (off != null) {
            h.append("<th>Without</th><th>Avoided by the protocol</th>");
        }
        h.append("</tr></thead><tbody>\n");
        s.grids().forEach((id, g) -> {
            RunSummary.GridSummary o = off == null ? null : off.grids().get(id);
            row(h, Html.text(Words.capitalised(id)) + " grid: unserved electricity (GWh)", g.unservedGWh(),
                    o == null ? null : o.unservedGWh(), true);
            row(h, Html.text(Words.capitalised(id)) + " grid: peak unserved (MW)", g.peakUnservedMW(),
                    o == null ? null : o.peakUnservedMW(), true);
            row(h, Html.text(Words.capitalised(id)) + " grid: hours with a shortfall", g.shortfallHours(),
                    o == null ? null : (double) o.shortfallHours(), true);
        });
        s.gasPools().forEach((id, p) -> {
            RunSummary.GasPoolSummary o = off == null ? null : off.gasPools().get(id);
            // mmscm, as the gas-pool charts' mmscmd: one unit for India's gas wherever a person reads.
            row(h, Html.text(Words.capitalised(id)) + " gas pool: unserved gas (mmscm)", GasVolume.mmscmOfMt(p.unservedMt()),
                    o == null ? null : GasVolume.mmscmOfMt(o.unservedMt()), true);
            row(h, Html.text(Words.capitalised(id)) + " gas pool: unserved share (%)", p.unservedPct(),
                    o == null ? null : o.unservedPct(), true);
        });
        s.importers().forEach((id, i) -> {
            RunSummary.ImporterSummary o = off == null ? null : off.importers().get(id);
            row(h, Html.text(run.importerName(id)) + ": LNG delivered (Mt)", i.deliveredMt(),
                    o == null ? null : o.deliveredMt(), false);
        });
        h.append("</tbody></table>\n");
        if (off == null) {
            h.append("<p class=\"note\">No counterfactual in this run folder (protocol off, or run with"
                    + " --no-counterfactual): numbers without the protocol are not available.</p>\n");
        }
    }

    /**
     * For each grid whose operator runs fuel-limited, one sentence naming what carried the load
     * gas did not, in the order the operator called them; nothing for a grid without the rule.
     */
    private static void carried(StringBuilder h, RunFolder run) {
        run.summary().grids().forEach((id, g) -> {
            RunSummary.FuelLimited f = g.fuelLimited();
            if (f == null) {
                return;
            }
            List<String> parts = new ArrayList<>();
            part(parts, f.oilBackupGWh(), "oil backup");
            part(parts, f.fuelSwitchingGWh(), "coal and oil beyond merit");
            part(parts, f.extraImportsGWh(), "extra imports over the ties");
            part(parts, f.demandResponseGWh(), "demand response");
            part(parts, f.gasAbovePlanGWh(), "gas burned above the fuel plan");
            h.append("<p class=\"carried\" id=\"carried-").append(Html.text(id)).append("\">")
                    .append(Html.text(Words.capitalised(id))).append(f.hours() == 0
                            ? " grid: the operator never ran its LNG plant fuel-limited"
                            : " grid: the operator ran its LNG plant fuel-limited for " + Plural.of(f.hours(), "hour"))
                    .append(parts.isEmpty()
                            ? "; no load beyond gas and the ordinary merit order was needed"
                            : "; beyond gas, the load was carried by " + String.join(", ", parts))
                    .append(f.unservedGWh() > 0 ? ", and " + DisplayNumbers.forReader(f.unservedGWh()) + " GWh went unserved."
                            : ", with none unserved.")
                    .append("</p>\n");
        });
    }

    private static void part(List<String> parts, double gwh, String what) {
        if (gwh > 0) {
            parts.add(what + " (" + DisplayNumbers.forReader(gwh) + " GWh)");
        }
    }

    /**
     * One row: the run, the counterfactual and the difference, marked better or worse.
     * {@code lowerIsBetter} for shortfalls; deliveries are shown as a plain difference.
     */
    private static void row(StringBuilder h, String label, double with, Double without, boolean lowerIsBetter) {
        h.append("<tr><td>").append(label).append("</td><td>").append(DisplayNumbers.forReader(with)).append("</td>");
        if (without != null) {
            double avoided = without - with;
            String cls = !lowerIsBetter || Math.abs(avoided) < 1e-9 ? "" : avoided > 0 ? " class=\"better\""
                    : " class=\"worse\"";
            h.append("<td>").append(DisplayNumbers.forReader(without)).append("</td><td").append(cls).append('>')
                    .append(lowerIsBetter ? DisplayNumbers.forReader(avoided) : (with >= without ? "+" : "") + DisplayNumbers.forReader(-avoided)
                            + " Mt delivered").append("</td>");
        }
        h.append("</tr>\n");
    }

    private static void protocol(StringBuilder h, RunFolder run) {
        RunSummary.ProtocolSummary p = run.summary().protocol();
        h.append("<h2 class=\"after-charts\">What the protocol did</h2>\n");
        if (!p.enabled()) {
            h.append("<p>The mutual redirection protocol was off in this run.</p>\n");
            return;
        }
        h.append("<p id=\"protocol\">").append(Plural.of(p.requests(), "request"))
                .append(p.requestsCutByCreditLimit() == 0 ? "" : " (" + p.requestsCutByCreditLimit()
                        + " cut by the credit limit: the requester held that much gas not returned in kind)")
                .append("; ").append(Plural.of(p.redirections(), "cargo", "cargoes"))
                .append(" redirected in an emergency (").append(DisplayNumbers.two(p.redirectedMt()))
                .append(" Mt, ").append(DisplayNumbers.one(p.extraSailingDays())).append(" extra sailing days); ")
                .append(Plural.of(p.paybacks(), "payback")).append(" in kind (").append(DisplayNumbers.two(p.repaidInKindMt()))
                .append(" Mt); ").append(DisplayNumbers.two(p.settledInMoneyMt())).append(" Mt settled in money; ")
                .append(DisplayNumbers.two(p.owedMt())).append(" Mt still owed at the end.</p>\n");
        List<Redirection> rows = run.redirections();
        if (rows.isEmpty()) {
            return;
        }
        h.append("<table id=\"redirections\"><thead><tr><th>Cargo</th><th>Purpose</th><th>From → to</th>")
                .append("<th>Released</th><th>Unloaded</th><th>t</th></tr></thead><tbody>\n");
        var timeline = new Timeline(run.scenario());
        for (Redirection r : rows) {
            h.append("<tr><td>").append(Html.text(r.cargo())).append("</td><td>").append(Html.text(r.purpose().label()))
                    .append("</td><td>").append(Html.text(run.importerName(r.donor()) + " → "
                            + run.importerName(r.receiver()))).append("</td><td>")
                    .append(DATE.format(timeline.dateOfHours(r.releasedHours()))).append("</td><td>")
                    .append(Double.isNaN(r.deliveredHours()) ? "at sea" : DATE.format(timeline.dateOfHours(
                            r.deliveredHours()))).append("</td><td>").append(DisplayNumbers.whole(r.massT()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void assumptions(StringBuilder h, RunFolder run) {
        Scenario scenario = run.scenario();
        h.append("<h2>Assumptions and data sources</h2>\n<ul>\n");
        for (Disruption d : scenario.disruptions()) {
            var w = d.window(scenario.start());
            h.append("<li>Disruption <b>").append(Html.text(d.id())).append("</b> (").append(Html.text(d.typeName()))
                    .append(" of ").append(Html.text(DisruptionText.target(scenario, d))).append(", ")
                    .append(DATE.format(scenario.start().plusDays((long) Math.floor(w.startDay())))).append(" to ")
                    .append(DATE.format(lastDay(scenario, w))).append("): ")
                    .append(Html.text(DisruptionText.describe(scenario, d))).append("</li>\n");
        }
        scenario.protocolSettings().filter(Protocol::enabled).ifPresent(p -> {
            h.append("<li>Protocol: parties ").append(Html.text(String.join(", ", p.parties())))
                    .append("; review every ").append(DisplayNumbers.whole(p.reviewIntervalHours())).append(" h over ")
                    .append(DisplayNumbers.whole(p.lookAheadDays())).append(" days ahead; at most ")
                    .append(Plural.of(p.maxCargoesPerWeek(), "cargo", "cargoes")).append(" a week, ")
                    .append(DisplayNumbers.one(p.maxExtraSailingDays())).append(" extra sailing days, decision lag ")
                    .append(DisplayNumbers.whole(p.decisionLagHours())).append(" h.");
            for (String party : p.parties()) {
                h.append(" ").append(Html.text(run.importerName(party))).append(": trigger ")
                        .append(DisplayNumbers.one(p.triggerDaysOfCover(party))).append(" d, target ")
                        .append(DisplayNumbers.one(p.targetDaysOfCover(party))).append(" d, donor floor ")
                        .append(DisplayNumbers.one(p.donorFloorDaysOfCover(party))).append(" d.");
            }
            h.append("</li>\n");
        });
        h.append("<li>Without the protocol = the same scenario and seed with the protocol off (a paired"
                + " counterfactual). Days of cover = stock above heel ÷ expected daily use. Gas converted at 1 t LNG ="
                + " 1,360 m³ of gas.</li>\n");
        scenario.importers().forEach(i -> source(h, i.name(), i.source()));
        scenario.regions().forEach(r -> source(h, r.name(), r.source()));
        scenario.chokepoints().forEach(c -> source(h, c.name(), c.source()));
        run.runInfo().ifPresent(info -> h.append("<li><small>lngsim ")
                .append(Html.text(info.path("programVersion").asText("?"))).append(", input hash ")
                .append(Html.text(info.path("inputHash").asText("?"))).append("; sea lanes: Eurostat MARNET"
                        + " (searoute).</small></li>\n"));
        h.append("</ul>\n<p class=\"note\">Full sources for every plant, terminal, contract and grid are in"
                + " scenario.resolved.yaml in this run folder.</p>\n");
    }

    /** The last calendar day a window is in force: it ends at the start of day {@code endDay}. */
    public static java.time.LocalDate lastDay(Scenario scenario, org.lngsim.scenario.DayWindow w) {
        return scenario.start().plusDays(Math.max((long) Math.floor(w.startDay()), (long) Math.ceil(w.endDay()) - 1));
    }

    private static void source(StringBuilder h, String name, String source) {
        if (source != null && !source.isBlank()) {
            h.append("<li>").append(Html.text(name)).append(": <small>").append(Html.text(source))
                    .append("</small></li>\n");
        }
    }

}
