package org.toolkitpress.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Saves a finished PDF so that the same input gives the same bytes: the creation and
 * modification dates (document information and XMP alike, as PDF/A wants them equal) become
 * the toolkit's edition date, and the file identifier is derived from the edition, not the clock.
 * A form also records the audit version it was made from ({@link AuditStamp}).
 */
final class Archive {

    /**
     * Made once: {@code new XmpSerializer()} looks both factories up on the class path, each
     * save (in the test JVM's long class path, more than the serializing took). The factories are not promised to be thread-safe, and
     * documents are saved in parallel: {@link #serialize} holds them while it writes. The JDK's
     * own, whatever the class path offers: the tests' class path holds Saxon (through veraPDF
     * and the HTML checker), and the tests must write the metadata the packaged tool writes.
     */
    private static final TransformerFactory TRANSFORMERS = TransformerFactory.newDefaultInstance();
    private static final DocumentBuilderFactory BUILDERS = DocumentBuilderFactory.newDefaultInstance();

    private Archive() {
    }

    static byte[] save(PDDocument document, LocalDate date, String identity) {
        return save(document, date, identity, null);
    }

    /** As {@link #save(PDDocument, LocalDate, String)}, recording in a form which audit version it was made from. */
    static byte[] save(PDDocument document, LocalDate date, String identity, AuditStamp.Origin origin) {
        try {
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.UK);
            when.clear();
            LocalDate day = date == null ? LocalDate.of(2000, 1, 1) : date;
            when.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCreationDate(when);
            info.setModificationDate(when);
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata != null) {
                XMPMetadata xmp = new DomXmpParser().parse(metadata.toByteArray());
                XMPBasicSchema basic = xmp.getXMPBasicSchema();
                if (basic == null) {
                    basic = xmp.createAndAddXMPBasicSchema();
                }
                basic.setCreateDate(when);
                basic.setModifyDate(when);
                basic.setMetadataDate(when);
                if (origin != null) {
                    AuditStamp.write(xmp, origin);
                }
                PDMetadata fresh = new PDMetadata(document, new ByteArrayInputStream(serialize(xmp)));
                document.getDocumentCatalog().setMetadata(fresh);
            }
            byte[] id = digest(identity);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the PDF", e);
        } catch (XmpParsingException | TransformerException e) {
            throw new IllegalStateException("the PDF engine wrote metadata that cannot be read", e);
        }
    }

    private static byte[] serialize(XMPMetadata xmp) throws TransformerException {
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        synchronized (BUILDERS) {
            new XmpSerializer(TRANSFORMERS, BUILDERS).serialize(xmp, serialized, true);
        }
        return serialized.toByteArray();
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
