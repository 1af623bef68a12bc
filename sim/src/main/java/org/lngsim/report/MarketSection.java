package org.lngsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lngsim.charts.DisplayNumbers;
import org.lngsim.output.RunSummary;
import org.lngsim.output.RunSummary.MarketBuyer;
import org.lngsim.output.RunSummary.MarketSummary;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.text.Plural;
import org.lngsim.text.Words;

/**
 * What the market did, for the report and the console alike: the price over the run, each
 * importer's spot purchases (cargoes, Mt, cost, average price, bids left unawarded and why) with
 * the protocol and without it, and the protocol's emergency cargoes valued at the day's price —
 * what the receiver did not have to buy, what the donor lent. Nothing for a world without a market.
 */
public final class MarketSection {

    private MarketSection() {
    }

    /** The report's section; empty for a run without a market. */
    static String html(RunFolder run) {
        MarketSummary market = run.summary().market();
        if (market == null) {
            return "";
        }
        MarketSummary without = run.summary().counterfactual() == null ? null : run.summary().counterfactual().market();
        StringBuilder h = new StringBuilder("<h2 id=\"market\">The market</h2>\n<p id=\"market-price\">")
                .append(Html.text(Words.capitalised(priceSentence(market)))).append("</p>\n");
        h.append("<table id=\"market-buyers\"><thead><tr><th>Importer</th><th>Bids</th><th>Cargoes bought</th><th>Mt</th>")
                .append("<th>Cost ($ million)</th><th>Average price ($/MMBtu)</th><th>Unawarded: priced out / outbid / no ship</th>");
        if (without != null) {
            h.append("<th>Without the protocol: cargoes, cost ($ million)</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (Map.Entry<String, MarketBuyer> e : market.importers().entrySet()) {
            MarketBuyer b = e.getValue();
            h.append("<tr><td>").append(Html.text(run.importerName(e.getKey()))).append("</td><td>").append(b.bids())
                    .append("</td><td>").append(b.cargoesBought()).append("</td><td>").append(DisplayNumbers.two(b.boughtMt()))
                    .append("</td><td>").append(DisplayNumbers.whole(b.costMillionUsd())).append("</td><td>")
                    .append(b.cargoesBought() == 0 ? "—" : DisplayNumbers.two(b.averagePriceUsdPerMMBtu())).append("</td><td>")
                    .append(b.pricedOut()).append(" / ").append(b.outbid()).append(" / ").append(b.noShip()).append("</td>");
            if (without != null) {
                MarketBuyer off = without.importers().get(e.getKey());
                h.append("<td>").append(off == null ? "—" : off.cargoesBought() + ", " + DisplayNumbers.whole(off.costMillionUsd()))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
        List<String> protocol = protocolSentences(market);
        if (!protocol.isEmpty()) {
            h.append("<p id=\"market-protocol\">").append(Html.text(String.join(" ", protocol))).append("</p>\n");
        }
        return h.toString();
    }

    /** The console's lines (two-space indent, one per fact); none for a run without a market. */
    public static List<String> lines(RunSummary summary) {
        MarketSummary market = summary.market();
        List<String> lines = new ArrayList<>();
        if (market == null) {
            return lines;
        }
        MarketSummary without = summary.counterfactual() == null ? null : summary.counterfactual().market();
        lines.add("  market: " + priceSentence(market));
        market.importers().forEach((id, b) -> {
            MarketBuyer off = without == null ? null : without.importers().get(id);
            lines.add("  market " + id + ": " + purchases(b) + (off == null ? "" : "; without the protocol "
                    + Plural.of(off.cargoesBought(), "cargo", "cargoes") + " for $" + DisplayNumbers.whole(off.costMillionUsd())
                    + " million"));
        });
        protocolSentences(market).forEach(s -> lines.add("  market: " + s));
        return lines;
    }

    private static String priceSentence(MarketSummary m) {
        String text = "the spot price averaged $" + DisplayNumbers.two(m.meanPriceUsdPerMMBtu()) + "/MMBtu (from $"
                + DisplayNumbers.two(m.minPriceUsdPerMMBtu()) + " to $" + DisplayNumbers.two(m.maxPriceUsdPerMMBtu())
                + "); other Asia bought " + Plural.of(m.otherAsiaCargoes(), "cargo", "cargoes");
        if (m.charter() != null) {
            text += "; the spot fleet's charter rate averaged $" + DisplayNumbers.whole(m.charter().meanUsdPerDay())
                    + "/day (up to $" + DisplayNumbers.whole(m.charter().maxUsdPerDay()) + "), with as few as "
                    + Plural.of(m.charter().minFreeShips(), "ship") + " free";
        }
        return text + ".";
    }

    private static String purchases(MarketBuyer b) {
        return Plural.of(b.bids(), "bid") + ", " + Plural.of(b.cargoesBought(), "cargo", "cargoes") + " bought ("
                + DisplayNumbers.two(b.boughtMt()) + " Mt) for $" + DisplayNumbers.whole(b.costMillionUsd()) + " million"
                + (b.cargoesBought() == 0 ? "" : " at $" + DisplayNumbers.two(b.averagePriceUsdPerMMBtu()) + "/MMBtu on average")
                + "; " + b.unawardedBids() + " unawarded (" + b.pricedOut() + " priced out, " + b.outbid() + " outbid, "
                + b.noShip() + " no ship)";
    }

    /** "India received 0.38 Mt of emergency cargoes worth $335 million at the day's price (…)". */
    private static List<String> protocolSentences(MarketSummary m) {
        List<String> sentences = new ArrayList<>();
        m.importers().forEach((id, b) -> {
            if (b.protocolReceivedMt() > 0) {
                sentences.add(Words.capitalised(id) + " received " + DisplayNumbers.two(b.protocolReceivedMt())
                        + " Mt of emergency cargoes worth $" + DisplayNumbers.whole(b.protocolReceivedMillionUsd())
                        + " million at the day's price (what it did not have to buy).");
            }
            if (b.protocolLentMt() > 0) {
                sentences.add(Words.capitalised(id) + " lent " + DisplayNumbers.two(b.protocolLentMt()) + " Mt worth $"
                        + DisplayNumbers.whole(b.protocolLentMillionUsd()) + " million at the day's price.");
            }
        });
        return sentences;
    }

}
