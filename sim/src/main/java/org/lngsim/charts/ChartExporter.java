package org.lngsim.charts;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.DOMImplementation;

/**
 * Draws a chart into PNG, SVG (Apache Batik svggen) or PDF (OpenPDF) bytes, at
 * {@link ChartStyle#WIDTH_PX}×{@link ChartStyle#HEIGHT_PX}. All three are licence-compatible with
 * Apache-2.0, unlike JFreeSVG and OrsonPDF (GPL-3). The same chart gives the same bytes in every
 * format: PDFs carry a fixed date and an id hashed from their content ({@link FixedPdfIdentity}).
 */
public final class ChartExporter {

    /** PDF page = the chart at 72 dpi halved: 800×450 pt (about 28×16 cm), a slide-sized page. */
    static final float PDF_SCALE = 0.5f;

    private ChartExporter() {
    }

    public static byte[] export(JFreeChart chart, ChartFormat format) throws IOException {
        return export(chart, format, ChartStyle.HEIGHT_PX);
    }

    /** As above, {@code heightPx} tall: a chart of many panels needs more than a slide's height. */
    public static byte[] export(JFreeChart chart, ChartFormat format, int heightPx) throws IOException {
        return switch (format) {
            case PNG -> png(chart, heightPx);
            case SVG -> svg(chart, heightPx);
            case PDF -> pdf(chart, heightPx);
        };
    }

    public static byte[] png(JFreeChart chart) throws IOException {
        return png(chart, ChartStyle.HEIGHT_PX);
    }

    private static byte[] png(JFreeChart chart, int heightPx) throws IOException {
        BufferedImage image = chart.createBufferedImage(ChartStyle.WIDTH_PX, heightPx,
                BufferedImage.TYPE_INT_RGB, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        return out.toByteArray();
    }

    public static byte[] svg(JFreeChart chart) throws IOException {
        return svg(chart, ChartStyle.HEIGHT_PX);
    }

    private static byte[] svg(JFreeChart chart, int heightPx) throws IOException {
        // The JDK's DOM: batik-svggen alone does not bring Batik's own DOM (batik-dom), nor need it.
        DOMImplementation dom;
        try {
            dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML DOM in this Java runtime", e);
        }
        org.w3c.dom.Document document = dom.createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("lngsim chart");
        // Text as text (not glyph outlines): smaller files, searchable, and readable by tests.
        SVGGraphics2D g2 = new SVGGraphics2D(context, false);
        g2.setSVGCanvasSize(new Dimension(ChartStyle.WIDTH_PX, heightPx));
        chart.draw(g2, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH_PX, heightPx));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            g2.stream(writer, true);
        }
        g2.dispose();
        return out.toByteArray();
    }

    public static byte[] pdf(JFreeChart chart) throws IOException {
        return pdf(chart, ChartStyle.HEIGHT_PX);
    }

    private static byte[] pdf(JFreeChart chart, int heightPx) throws IOException {
        float widthPt = ChartStyle.WIDTH_PX * PDF_SCALE;
        float heightPt = heightPx * PDF_SCALE;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document(new Rectangle(widthPt, heightPt), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String title = chart.getTitle() == null ? "lngsim chart" : chart.getTitle().getText();
            document.addTitle(title);
            document.addCreator("lngsim");
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            Graphics2D g2 = canvas.createGraphics(widthPt, heightPt, PdfFonts.INSTANCE);
            g2.scale(PDF_SCALE, PDF_SCALE);
            chart.draw(g2, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH_PX, heightPx));
            g2.dispose();
            FixedPdfIdentity.apply(writer, canvas, title);
        } catch (DocumentException e) {
            throw new IOException("PDF: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            document.close();
        }
        return PdfFonts.fixSubsetTags(out.toByteArray());
    }
}
