package org.lngsim.charts;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Makes a PDF's identity a function of what it shows, so that the same run gives byte-identical
 * charts. By default OpenPDF stamps the wall-clock time as /CreationDate and derives the trailer's
 * /ID from the time and the free memory; both would differ between two identical runs.
 *
 * <p>The dates become the Unix epoch, a value no reader mistakes for a real one (as with
 * reproducible builds' SOURCE_DATE_EPOCH); the run's own time is in run.json. The /ID becomes the
 * MD5 (the PDF specification's choice) of the page's drawing operators and the title, so
 * two different charts still get different ids.
 */
final class FixedPdfIdentity {

    /** 1970-01-01T00:00:00Z, written by OpenPDF as {@code D:19700101000000Z}. */
    static final String EPOCH = "D:19700101000000Z";

    private FixedPdfIdentity() {
    }

    /** Call after drawing and before closing the document: the content must be final. */
    static void apply(PdfWriter writer, PdfContentByte content, String title) {
        Calendar epoch = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        epoch.setTimeInMillis(0);
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(epoch));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(epoch));
        byte[] id = md5(content.getInternalBuffer().toByteArray(), title.getBytes(StandardCharsets.UTF_8));
        // OpenPDF writes an /ID given under this key of the info dictionary instead of a random one.
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private static byte[] md5(byte[] content, byte[] title) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(content);
            md5.update(title);
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }
}
