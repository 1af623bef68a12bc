package org.lngsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.charts.ChartFormat;
import org.lngsim.run.ScenarioRunner;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.sweep.Ensemble;

/**
 * The briefing as a person prints it: Debian's headless Chromium prints report.html of a
 * three-replication ensemble run of the Hormuz closure to PDF, and PDFBox reads the pages back.
 * Page 1 is the headline (key finding, headline table, the ensemble's ranges), the charts start on
 * a page of their own, and no page ends with a heading whose section is on the next page.
 */
class ReportPrintLayoutTest {

    @TempDir
    static Path dir;
    private static String html;
    private static List<String> pages;

    @BeforeAll
    static void printTheReport() throws Exception {
        Path scenario = Path.of("..", "scenarios", "hormuz-closure-60d.yaml");
        Path run = dir.resolve("run");
        new Ensemble(new ScenarioRunner("test")).run(new ScenarioLoader().load(scenario), scenario, List.of(), run, 3, 2,
                true, folder -> { });
        Path report = Briefing.writeInto(run, Set.of(ChartFormat.PNG)).report();
        html = Files.readString(report);
        pages = print(report, "report");
    }

    /** Prints {@code page} with Chromium and returns the text of each PDF page. */
    private static List<String> print(Path page, String name) throws Exception {
        Path pdf = dir.resolve(name + ".pdf");
        HeadlessChromium.run(dir, "--print-to-pdf=" + pdf, "--no-pdf-header-footer", page.toUri().toString());
        List<String> texts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                texts.add(stripper.getText(doc));
            }
        }
        return texts;
    }

    private static List<String> headings(String page) {
        List<String> headings = new ArrayList<>();
        Matcher m = Pattern.compile("<h2[^>]*>(.*?)</h2>").matcher(page);
        while (m.find()) {
            headings.add(m.group(1).replace("&amp;", "&"));
        }
        return headings;
    }

    /** The headings each of which is the last line printed on its page: orphaned from their sections. */
    private static List<String> orphans(List<String> pages, List<String> headings) {
        List<String> orphans = new ArrayList<>();
        for (String text : pages.subList(0, pages.size() - 1)) {
            List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (!lines.isEmpty() && headings.contains(lines.get(lines.size() - 1))) {
                orphans.add(lines.get(lines.size() - 1));
            }
        }
        return orphans;
    }

    @Test
    void pageOneIsTheHeadlineWithItsRangesAndNoChart() {
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(pages.get(0)).contains("Headline numbers").contains("Across 3 paired replications")
                .doesNotContain("Charts");
    }

    @Test
    void theChartsStartOnAPageOfTheirOwn() {
        int charts = -1;
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).lines().map(String::strip).anyMatch("Charts"::equals)) {
                charts = p;
                break;
            }
        }
        assertThat(charts).as("the page the Charts heading is on").isPositive();
        assertThat(pages.get(charts).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst())
                .as("the first line of the charts' page").contains("Charts");
    }

    @Test
    void noPageEndsWithAnOrphanedHeading() {
        List<String> headings = headings(html);
        assertThat(headings).contains("Headline numbers", "Charts", "What the protocol did");
        assertThat(orphans(pages, headings)).isEmpty();
    }

    @Test
    void theOrphanCheckFindsAHeadingLeftAtThePageFoot() throws Exception {
        // a page without the briefing's print rules: a spacer pushes the heading to the foot of page 1
        Path control = dir.resolve("orphan.html");
        StringBuilder body = new StringBuilder("<!DOCTYPE html><html><body style=\"margin:0\">"
                + "<div style=\"height:9.6in\"></div><h2 style=\"margin:0\">Left at the foot</h2>");
        for (int i = 0; i < 40; i++) {
            body.append("<p>Paragraph ").append(i).append(" of the section.</p>");
        }
        Files.writeString(control, body.append("</body></html>").toString());
        List<String> printed = print(control, "orphan");
        assertThat(orphans(printed, List.of("Left at the foot"))).containsExactly("Left at the foot");
    }
}
