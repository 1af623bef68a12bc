package org.lngsim.backcast;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.lngsim.output.Csv;

/**
 * The comparisons as tables: {@code backcast.csv} (one row per figure, every field a program
 * needs) and the Markdown table the README's "How well lngsim reproduces history" shows.
 */
public final class BackcastTable {

    static final String CSV_FILE = "backcast.csv";
    static final String MARKDOWN_FILE = "backcast.md";
    private static final String[] HEADER = {"event", "figure", "metric", "subject", "from", "to", "model", "modelP5",
        "modelP95", "replications", "replicationsWithFigure", "value", "low", "high", "unit", "verdict", "knownMissIssue",
        "source", "url"};

    private BackcastTable() {
    }

    static String csv(List<Backcast.EventResult> results) {
        StringWriter out = new StringWriter();
        try {
            Csv.row(out, HEADER);
            for (Comparison c : comparisons(results)) {
                Observation o = c.observation();
                Csv.row(out, c.event(), o.figure(), o.metric().id(), o.subject(), o.from().toString(), o.to().toString(),
                        rounded(c.model().value()), rounded(c.model().p5()), rounded(c.model().p95()),
                        Integer.toString(c.model().replications()), Integer.toString(c.model().withFigure()),
                        optional(o.value()), optional(o.low()), optional(o.high()), o.metric().unit(),
                        c.verdict().label(), c.knownMiss().map(m -> Integer.toString(m.issue())).orElse(""),
                        o.source(), o.url());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Six significant digits: enough to compare, the same bytes whatever the platform. */
    private static double round(double value) {
        return value == 0 ? 0 : new java.math.BigDecimal(value).round(new java.math.MathContext(6)).doubleValue();
    }

    private static String rounded(java.util.OptionalDouble value) {
        return value.isPresent() ? Numbers.plain(round(value.getAsDouble())) : "";
    }

    private static String optional(java.util.OptionalDouble value) {
        return value.isPresent() ? Numbers.plain(value.getAsDouble()) : "";
    }

    private static List<Comparison> comparisons(List<Backcast.EventResult> results) {
        return results.stream().flatMap(r -> r.comparisons().stream()).toList();
    }

    /** The README's table, with a count line above it. */
    public static String markdown(List<Backcast.EventResult> results) {
        List<Comparison> all = comparisons(results);
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%d events, %s (`scenarios/backcasts/known-misses.csv`).%n%n",
                results.size(), Tally.of(all).sentence()));
        md.append("| event | figure | window | model: median (5–95%) | observed (band) | unit | verdict |\n");
        md.append("|---|---|---|---:|---:|---|---|\n");
        for (Comparison c : all) {
            Observation o = c.observation();
            md.append("| ").append(c.event()).append(" | ").append(o.figure()).append(" | ").append(o.window())
                    .append(" | ").append(c.modelText()).append(" | ").append(c.observedText()).append(" | ")
                    .append(o.metric().unit()).append(" | ").append(verdict(c)).append(" |\n");
        }
        return md.toString();
    }

    /** "within", "**off** (known, #14)", "not modelled (known, #15)", "**off**". */
    static String verdict(Comparison c) {
        String label = c.verdict() == Verdict.OFF ? "**off**" : c.verdict().label();
        return c.knownMiss().map(m -> label + " (known, #" + m.issue() + ")").orElse(label);
    }
}
