package org.lngsim.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

class ChartFormatsTest {

    @ParameterizedTest
    @EnumSource(BriefingCharts.class)
    void svgIsWellFormedXmlWithTheChartTitleAsText(BriefingCharts kind) throws Exception {
        var chart = kind.build(RunFixture.run());
        byte[] svg = ChartExporter.svg(chart);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // Batik writes the SVG 1.0 DOCTYPE; well-formedness needs no DTD, and tests run offline.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("1600");
        assertThat(new String(svg, StandardCharsets.UTF_8)).contains(chart.getTitle().getText().replace("'", "&apos;")
                .substring(0, 10));
    }

    /** Opened with Apache PDFBox: a real PDF parser, so a malformed file fails here, not in a viewer. */
    @ParameterizedTest
    @EnumSource(BriefingCharts.class)
    void pdfOpensAsOneSlideSizedPage(BriefingCharts kind, @TempDir Path dir) throws Exception {
        Path pdf = dir.resolve(kind.file() + ".pdf");
        Files.write(pdf, ChartExporter.pdf(kind.build(RunFixture.run())));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isEqualTo(800f);
            assertThat(page.getHeight()).isEqualTo(450f);
        }
    }

    /** OpenPDF's defaults (wall-clock date, id from time and free memory) would make these differ. */
    @Test
    void exportingTheSameChartTwiceGivesTheSameBytesInEveryFormat() throws Exception {
        List<JFreeChart> charts = new ArrayList<>();
        for (BriefingCharts kind : BriefingCharts.values()) {
            charts.add(kind.build(RunFixture.run()));
        }
        List<byte[]> first = exportAll(charts);
        Thread.sleep(1100); // PDF dates have one-second resolution: a clock stamp would now differ
        List<byte[]> second = exportAll(charts);

        assertThat(second).hasSize(charts.size() * ChartFormat.values().length);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Arrays.equals(first.get(i), second.get(i))).as("export %d differs", i).isTrue();
        }
    }

    private static List<byte[]> exportAll(List<JFreeChart> charts) throws Exception {
        List<byte[]> files = new ArrayList<>();
        for (JFreeChart chart : charts) {
            for (ChartFormat format : ChartFormat.values()) {
                files.add(ChartExporter.export(chart, format));
            }
        }
        return files;
    }

    @Test
    void pdfsCarryTheEpochAsTheirDateAndAnIdThatDiffersBetweenCharts() throws Exception {
        byte[] shortfall = ChartExporter.pdf(BriefingCharts.SHORTFALL.build(RunFixture.run()));
        byte[] stocks = ChartExporter.pdf(BriefingCharts.STOCKS.build(RunFixture.run()));

        try (PDDocument a = Loader.loadPDF(shortfall); PDDocument b = Loader.loadPDF(stocks)) {
            assertThat(a.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(Instant.EPOCH);
            assertThat(a.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(Instant.EPOCH);
            byte[] idA = ((COSString) a.getDocument().getDocumentID().get(0)).getBytes();
            byte[] idB = ((COSString) b.getDocument().getDocumentID().get(0)).getBytes();
            assertThat(idA).hasSize(16).isNotEqualTo(idB);
        }
    }

    @Test
    void formatListsParseCaseInsensitivelyAndRejectUnknownNames() {
        assertThat(ChartFormat.parseList("png, SVG,pdf")).containsExactly(ChartFormat.PNG, ChartFormat.SVG,
                ChartFormat.PDF);
        assertThatThrownBy(() -> ChartFormat.parseList("png,gif")).hasMessageContaining("'gif'");
        assertThatThrownBy(() -> ChartFormat.parseList(",")).hasMessageContaining("no chart format");
    }
}
