package org.lngsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lngsim.charts.RunFixture;

/**
 * The report and the console say what the market did — the price, each importer's purchases with
 * and without the protocol, the emergency cargoes at the day's price — with the numbers of the
 * run's summary.json, read here as JSON, not through the summary records.
 */
class MarketSectionTest {

    private static JsonNode summary() throws Exception {
        return new ObjectMapper().readTree(RunFixture.folder().resolve("summary.json").toFile());
    }

    private static String money(JsonNode node) {
        return String.format(java.util.Locale.ROOT, "%,.0f", node.asDouble());
    }

    @Test
    void theReportHasAMarketSectionWithEachImportersPurchasesWithAndWithoutTheProtocol() throws Exception {
        JsonNode india = summary().at("/market/importers/india");
        JsonNode indiaWithout = summary().at("/counterfactual/market/importers/india");
        assertThat(indiaWithout.isMissingNode()).as("the counterfactual's market is in summary.json").isFalse();

        String page = ReportPage.render(RunFixture.run(), Map.of());

        String row = "<tr><td>India</td><td>" + india.get("bids").asLong() + "</td><td>"
                + india.get("cargoesBought").asLong() + "</td>";
        assertThat(page).contains("<h2 id=\"market\">The market</h2>").contains(row)
                .contains("<td>" + indiaWithout.get("cargoesBought").asLong() + ", " + money(indiaWithout.get("costMillionUsd"))
                        + "</td></tr>");
        assertThat(page.indexOf("id=\"market\"")).isGreaterThan(page.indexOf("What the protocol did"))
                .isLessThan(page.indexOf("Assumptions and data sources"));
    }

    @Test
    void theProtocolsCargoesAreValuedAtTheDaysPriceOnPageAndConsole() throws Exception {
        JsonNode india = summary().at("/market/importers/india");
        String received = "India received " + String.format(java.util.Locale.ROOT, "%.2f", india.get("protocolReceivedMt")
                .asDouble()) + " Mt of emergency cargoes worth $" + money(india.get("protocolReceivedMillionUsd"))
                + " million at the day's price";
        assertThat(india.get("protocolReceivedMt").asDouble()).as("the fixture's protocol lent India gas").isPositive();

        assertThat(ReportPage.render(RunFixture.run(), Map.of())).contains(Html.text(received));
        assertThat(String.join("\n", MarketSection.lines(RunFixture.run().summary()))).contains("  market: " + received)
                .contains("  market: the spot price averaged $");
    }

    @Test
    void aWorldWithoutAMarketHasNoMarketSection(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var run = org.lngsim.charts.MiniRuns.run(dir, "horizonDays: 20\n");
        assertThat(run.summary().market()).isNull();
        assertThat(ReportPage.render(run, Map.of())).doesNotContain("id=\"market\"");
        assertThat(MarketSection.lines(run.summary())).isEmpty();
    }
}
