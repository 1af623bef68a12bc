package org.lngsim.charts;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fonts of the PDF charts: DejaVu Sans (Bitstream Vera licence, see fonts/LICENSE-DejaVu.txt),
 * embedded as subsets from the classpath. OpenPDF's default mapper falls back to the unembedded
 * standard Helvetica, whose widths are not those the chart was laid out with: text came out with
 * broken spacing ("J APAN") and looked different in every viewer. The same TTF on every machine
 * also keeps the PDF bytes independent of the fonts installed.
 */
final class PdfFonts implements FontMapper {

    static final String FAMILY = "DejaVu Sans";
    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    /** A subset tag: six capitals and a plus, before the font's name. */
    private static final Pattern SUBSET_TAG = Pattern.compile("/[A-Z]{6}\\+DejaVuSans");
    /** The tag written instead of OpenPDF's random one: same length, so no offset moves. */
    private static final String FIXED_TAG = "/LNGSIM+DejaVuSans";

    static final PdfFonts INSTANCE = new PdfFonts();

    private final BaseFont regular;
    private final BaseFont bold;

    private PdfFonts() {
        this.regular = load(REGULAR);
        this.bold = load(BOLD);
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the classpath");
            }
            byte[] ttf = in.readAllBytes();
            // Identity-H: every glyph reachable (en dash, ÷, →) and a ToUnicode map, so text extracts.
            return BaseFont.createFont(resource.substring(resource.indexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, false, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + resource + ": " + e.getMessage(), e);
        }
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        return font.isBold() ? bold : regular;
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return new Font(FAMILY, font == bold ? Font.BOLD : Font.PLAIN, size);
    }

    /**
     * OpenPDF names each embedded subset with six letters from a {@code SecureRandom}, so two
     * exports of one chart would differ. The tag only has to differ between subsets of one file,
     * and ours differ by name (DejaVuSans, DejaVuSans-Bold): a fixed tag is enough. The font
     * dictionaries are not compressed, so the tag is plain text in the file.
     */
    static byte[] fixSubsetTags(byte[] pdf) {
        // ISO-8859-1 maps every byte to one char and back, so binary streams survive unchanged.
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = SUBSET_TAG.matcher(text);
        if (!m.find()) {
            return pdf;
        }
        return m.replaceAll(FIXED_TAG).getBytes(StandardCharsets.ISO_8859_1);
    }
}
