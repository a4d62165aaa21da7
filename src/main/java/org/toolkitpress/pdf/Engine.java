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
 * sRGB output intent, every font embedded, and no resource read from anywhere but the project,
 * the brand and the theme ({@link ResourceGate}). Returns the open document so the post-passes
 * can finish it before it is saved, with the addresses it refused to read.
 */
final class Engine {

    /** The family form fields are drawn in: embedded whole, so any letter can be typed later. */
    static final String FORM_FAMILY = "Toolkit Form";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // The engine logs routine steps (fast mode, font caches) that the build reports itself.
        // Switched off here, where the engine is first used, rather than by the command line at
        // start-up: a web-only build then loads none of the engine's classes.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    /** A font file of the theme and how CSS names it. */
    record Font(Path file, String family, int weight, FontStyle style, boolean subset) {
    }

    /** A rendered document and the addresses the engine was not allowed to read for it. */
    record Rendered(PDDocument document, List<String> refused) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            document.close();
        }
    }

    private final List<Font> fonts;
    private final List<byte[]> fontBytes;
    private final List<Path> roots;

    /** {@code roots}: the only folders the engine may read from (project, brand, theme). */
    Engine(List<Font> fonts, List<Path> roots) {
        this.fonts = fonts;
        this.roots = List.copyOf(roots);
        // Read once: every document of a build embeds the same files.
        this.fontBytes = fonts.stream().map(f -> read(f.file())).toList();
    }

    /**
     * At most this many layouts of one document after its boxes are sized: each after the first
     * moves cut tables to a new page ({@link TableStarts}) or lets questions run on ({@link ItemFlow}).
     */
    private static final int LAYOUTS = 4;

    /** The form font's file (embedded whole), which filled answers are measured and drawn in. */
    byte[] formFont() {
        for (int i = 0; i < fonts.size(); i++) {
            if (fonts.get(i).family().equals(FORM_FAMILY)) {
                return fontBytes.get(i);
            }
        }
        throw new IllegalStateException("no font for " + FORM_FAMILY);
    }

    /** As {@link #render(Document, String, AnswerBoxes)} for a document without answers to size. */
    Rendered render(Document html, String baseUri) {
        return render(html, baseUri, null);
    }

    /**
     * Renders well-formed HTML (a jsoup document) whose relative addresses resolve against
     * {@code baseUri}. Answered boxes ({@code answers}, null for none) are sized after the first
     * layout and the document laid out again ({@link AnswerBoxes}). A table whose first row a
     * page break cuts is moved to a new page, a question moved whole past a mostly blank page foot
     * is let run on ({@link ItemFlow}), and the document laid out again ({@link TableStarts});
     * {@code html} keeps the marks and the sizes.
     */
    Rendered render(Document html, String baseUri, AnswerBoxes answers) {
        boolean sized = answers == null;
        for (int layout = 1; ; layout++) {
            ResourceGate gate = new ResourceGate(roots);
            PdfBoxRenderer renderer = builder(html, baseUri, gate).buildPdfRenderer();
            try (renderer) {
                renderer.layout();
                if (!sized) {
                    sized = true;
                    if (answers.size(renderer.getRootBox(), html, renderer.getDotsPerPoint())) {
                        layout--;
                        continue;
                    }
                }
                // Both read the same layout; what either marks is laid out again together.
                if (layout < LAYOUTS && TableStarts.moveCutTables(renderer.getRootBox(), html)
                        + ItemFlow.letQuestionsFlow(renderer.getRootBox(), html) > 0) {
                    continue;
                }
                PDDocument document = renderer.createPDFKeepOpen();
                return new Rendered(document, gate.refused());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot render a PDF", e);
            }
        }
    }

    private PdfRendererBuilder builder(Document html, String baseUri, ResourceGate gate) {
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
        // The site makes no third-party request, and neither does its print edition: every address
        // is judged once resolved, and the web readers are replaced by one that never connects.
        builder.useExternalResourceAccessControl((uri, type) -> gate.allows(uri),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useHttpStreamImplementation(gate);
        builder.useProtocolsStreamImplementation(gate, "ftp");
        // The engine's routine log lines (fonts loaded, fast mode) are no news to an editor; the
        // check stage has already reported missing images and links.
        builder.withDiagnosticConsumer(diagnostic -> { });
        builder.withW3cDocument(new W3CDom().fromJsoup(html), baseUri);
        return builder;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + file, e);
        }
    }
}
