package org.toolkitpress.pdf;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * OpenHTMLtoPDF set up once for the print edition: tagged (PDF/UA), archival (PDF/A-3a) with an
 * sRGB output intent, every font embedded, and no resource read from anywhere but local files.
 * Returns the open document so the post-passes can finish it before it is saved.
 */
final class Engine {

    /** The family form fields are drawn in: embedded whole, so any letter can be typed later. */
    static final String FORM_FAMILY = "Toolkit Form";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** A font file of the theme and how CSS names it. */
    record Font(Path file, String family, int weight, FontStyle style, boolean subset) {
    }

    private final List<Font> fonts;
    private final List<byte[]> fontBytes;

    Engine(List<Font> fonts) {
        this.fonts = fonts;
        // Read once: every document of a build embeds the same files.
        this.fontBytes = fonts.stream().map(f -> read(f.file())).toList();
    }

    /** Renders well-formed HTML (a jsoup document) whose relative addresses resolve against {@code baseUri}. */
    PDDocument render(Document html, String baseUri) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.useColorProfile(SRGB);
        builder.withProducer("Toolkit Press");
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        for (int i = 0; i < fonts.size(); i++) {
            Font font = fonts.get(i);
            byte[] bytes = fontBytes.get(i);
            FSSupplier<InputStream> supplier = () -> new ByteArrayInputStream(bytes);
            builder.useFont(supplier, font.family(), font.weight(), font.style(), font.subset());
        }
        // The site makes no third-party request, and neither does its print edition.
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && (uri.startsWith("file:") || uri.startsWith("jar:file:")),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        // The engine's routine log lines (fonts loaded, fast mode) are no news to an editor; the
        // check stage has already reported missing images and links.
        builder.withDiagnosticConsumer(diagnostic -> { });
        builder.withW3cDocument(new W3CDom().fromJsoup(html), baseUri);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            return renderer.createPDFKeepOpen();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render a PDF", e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + file, e);
        }
    }
}
