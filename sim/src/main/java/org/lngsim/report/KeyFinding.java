package org.lngsim.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.lngsim.charts.DisplayNumbers;
import org.lngsim.charts.GasVolume;
import org.lngsim.charts.Timeline;
import org.lngsim.output.EnsembleSummary;
import org.lngsim.output.EnsembleSummary.Quantity;
import org.lngsim.output.EnsembleSummary.Subject;
import org.lngsim.output.RunSummary;
import org.lngsim.text.Words;

/**
 * The report's first sentence: the shortfall that matters most in this run (the largest share of
 * its demand left unserved, grid or gas pool) and what the protocol changed, or that nothing went
 * unserved. A minister reads this line and perhaps the table; it must stand on its own.
 */
final class KeyFinding {

    private KeyFinding() {
    }

    /** One shortfall: who, how much, in its unit, its share of demand, and from when (may be null). */
    record Shortfall(String who, double amount, String unit, double pct, LocalDate from) {
    }

    static String of(RunSummary summary, LocalDate start) {
        RunSummary.Counterfactual off = summary.counterfactual();
        List<Shortfall> with = shortfalls(summary.grids(), summary.gasPools(), start);
        List<Shortfall> without = off == null ? List.of() : shortfalls(off.grids(), off.gasPools(), start);
        String protocol = summary.protocol().enabled() ? "with the protocol" : "in this run (protocol off)";
        if (with.isEmpty()) {
            if (off == null) {
                return "Nothing went unserved " + protocol + ": every grid and gas pool was supplied in full.";
            }
            return without.isEmpty()
                    ? "Nothing went unserved, with or without the protocol: every grid and gas pool was supplied in full."
                    : "Nothing went unserved with the protocol; without it, " + phrase(without.get(0)) + ".";
        }
        Shortfall worst = with.get(0);
        StringBuilder text = new StringBuilder(Words.capitalised(phrase(worst))).append(' ').append(protocol);
        if (off != null) {
            Shortfall same = without.stream().filter(s -> s.who().equals(worst.who())).findFirst().orElse(null);
            text.append(same == null ? "; without it, nothing there would have gone unserved"
                    : "; without it, " + amount(same));
        }
        return text.append('.').toString();
    }

    /**
     * The first sentence of an ensemble's report: the entity with the largest median share of its
     * demand unserved, its median and 5–95% range with the protocol and without, and how often the
     * protocol made it worse; nothing unserved in the median is said so, with the worst 95th
     * percentile if any replication went short.
     */
    static String of(RunSummary summary, EnsembleSummary ensemble) {
        int n = ensemble.replications();
        String across = "Across " + n + " paired replications";
        EnsembleSummary.Headline worst = null;
        double worstPct = 0;
        for (EnsembleSummary.Headline h : ensemble.headlines()) {
            if (h.quantity() != Quantity.UNSERVED) {
                continue;
            }
            double pct = 100 * h.median() / demand(summary, h);
            if (h.median() > 0 && pct > worstPct) {
                worst = h;
                worstPct = pct;
            }
        }
        if (worst == null) {
            return across + ", the median replication left nothing unserved " + (summary.protocol().enabled()
                    ? "with the protocol" : "(protocol off)") + tail(summary, ensemble) + ".";
        }
        boolean gas = worst.subject() == Subject.GAS_POOL;
        StringBuilder text = new StringBuilder(across).append(", ").append(Words.capitalised(worst.entity()))
                .append(gas ? " gas pool" : " grid").append(" lacked ").append(volume(worst.median(), gas))
                .append(gas ? " mmscm of gas" : " GWh of electricity").append(" in the median (")
                .append(number(worstPct)).append("% of its demand; 5–95%: ").append(volume(worst.p5(), gas)).append("–")
                .append(volume(worst.p95(), gas)).append(") ")
                .append(summary.protocol().enabled() ? "with the protocol" : "(protocol off)");
        EnsembleSummary.Headline without = ensemble.headline(worst.subject(), worst.entity(),
                Quantity.UNSERVED_WITHOUT_PROTOCOL);
        EnsembleSummary.Headline avoided = ensemble.headline(worst.subject(), worst.entity(), Quantity.AVOIDED);
        if (without != null) {
            text.append("; without it, ").append(volume(without.median(), gas)).append(" (").append(volume(without.p5(), gas))
                    .append("–").append(volume(without.p95(), gas)).append(")");
        }
        if (avoided != null && avoided.probabilityWorse() != null) {
            text.append("; the protocol made it worse in ")
                    .append(DisplayNumbers.whole(100 * avoided.probabilityWorse())).append("% of the pairs");
        }
        return text.append('.').toString();
    }

    /** ", though up to X in the worst 5%" for a median of nothing with a shortfall in some replications. */
    private static String tail(RunSummary summary, EnsembleSummary ensemble) {
        for (EnsembleSummary.Headline h : ensemble.headlines()) {
            if (h.quantity() == Quantity.UNSERVED && h.p95() > 0) {
                boolean gas = h.subject() == Subject.GAS_POOL;
                return ", though " + Words.capitalised(h.entity()) + (gas ? " gas pool" : " grid") + " lacked up to "
                        + volume(h.p95(), gas) + (gas ? " mmscm of gas" : " GWh of electricity") + " at the 95th percentile";
            }
        }
        return "";
    }

    private static double demand(RunSummary summary, EnsembleSummary.Headline h) {
        return h.subject() == Subject.GAS_POOL ? summary.gasPools().get(h.entity()).demandMt()
                : summary.grids().get(h.entity()).demandGWh();
    }

    /** Gas in mmscm for a reader (the ensemble keeps it in Mt of LNG); electricity as it is, in GWh. */
    private static String volume(double value, boolean gas) {
        return number(gas ? GasVolume.mmscmOfMt(value) : value);
    }

    /** Every entity with something unserved, the largest share of demand first. */
    static List<Shortfall> shortfalls(Map<String, RunSummary.GridSummary> grids,
            Map<String, RunSummary.GasPoolSummary> pools, LocalDate start) {
        List<Shortfall> list = new ArrayList<>();
        grids.forEach((id, g) -> {
            if (g.unservedGWh() > 0) {
                list.add(new Shortfall(Words.capitalised(id) + " grid", g.unservedGWh(), "GWh of electricity", g.unservedPct(),
                        g.firstShortfallDay() == null ? null : start.plusDays(g.firstShortfallDay())));
            }
        });
        pools.forEach((id, p) -> {
            if (p.unservedMt() > 0) {
                list.add(new Shortfall(Words.capitalised(id) + " gas pool", GasVolume.mmscmOfMt(p.unservedMt()), "mmscm of gas",
                        p.unservedPct(), null));
            }
        });
        list.sort(Comparator.comparingDouble(Shortfall::pct).reversed());
        return list;
    }

    /** "Tokyo grid lacked 4.5 GWh of electricity (0.01% of its demand) from 2 May 2024". */
    static String phrase(Shortfall s) {
        return s.who() + " lacked " + amount(s) + (s.from() == null ? "" : " from " + Timeline.DATE.format(s.from()));
    }

    private static String amount(Shortfall s) {
        return number(s.amount()) + " " + s.unit() + " (" + number(s.pct()) + "% of its demand)";
    }

    private static String number(double v) {
        return Math.abs(v) >= 100 ? DisplayNumbers.whole(v) : DisplayNumbers.two(v);
    }


}
