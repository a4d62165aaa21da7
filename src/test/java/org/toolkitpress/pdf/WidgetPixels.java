package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * The widgets that show a filled answer, and a page rendered by PDFBox, to compare inside each
 * widget with the blank form ({@link RenderedPages} renders with poppler and compares).
 */
final class WidgetPixels {

    /** A widget that shows an answer: what it is, its page (from 0) and its rectangle. */
    record Spot(String what, int page, PDRectangle rect) {
    }

    private WidgetPixels() {
    }

    /** The widgets of a field that show its answer (every widget of a text field, the chosen one of a button). */
    static List<Spot> answered(Path pdf, String field, String what) throws IOException {
        List<Spot> spots = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDField found = document.getDocumentCatalog().getAcroForm().getField(field);
            assertNotNull(found, field);
            for (PDAnnotationWidget widget : found.getWidgets()) {
                String state = widget.getAppearanceState() == null ? null : widget.getAppearanceState().getName();
                if (state == null || !state.equals("Off")) {
                    spots.add(new Spot(what, document.getPages().indexOf(widget.getPage()), widget.getRectangle()));
                }
            }
        }
        return spots;
    }

    /** The page rendered by PDFBox (once per JVM for the same bytes: {@link RenderedPages#pdfBox}). */
    static BufferedImage pdfBox(Path pdf, int pageIndex) throws Exception {
        return RenderedPages.pdfBox(pdf, pageIndex);
    }
}
