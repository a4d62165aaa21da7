package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Whether a filled answer is drawn: a page rendered by poppler ({@code pdftoppm}) or PDFBox,
 * compared pixel by pixel inside a widget with the same page of the blank form.
 */
final class WidgetPixels {

    static final int DPI = 72;

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

    /** The page rendered by {@code pdftoppm} (poppler-utils), read back as an image. */
    static BufferedImage poppler(Path pdf, int pageIndex, Path prefix) throws Exception {
        int page = pageIndex + 1;
        Process process = new ProcessBuilder("pdftoppm", "-png", "-r", String.valueOf(DPI), "-singlefile",
                "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), prefix.toString())
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftoppm finishes");
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.exitValue(), output);
        BufferedImage image = ImageIO.read(prefix.resolveSibling(prefix.getFileName() + ".png").toFile());
        assertNotNull(image);
        return image;
    }

    /** The page rendered by PDFBox. */
    static BufferedImage pdfBox(Path pdf, int pageIndex) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, DPI);
        }
    }

    /** Whether any pixel inside the widget's rectangle (PDF points, origin bottom left) differs. */
    static boolean differsInside(BufferedImage before, BufferedImage after, Spot spot) {
        assertEquals(before.getHeight(), after.getHeight());
        float scale = DPI / 72f;
        int x0 = Math.round(spot.rect().getLowerLeftX() * scale);
        int x1 = Math.round(spot.rect().getUpperRightX() * scale);
        int y0 = before.getHeight() - Math.round(spot.rect().getUpperRightY() * scale);
        int y1 = before.getHeight() - Math.round(spot.rect().getLowerLeftY() * scale);
        assertFalse(x1 <= x0 || y1 <= y0, "the widget has an area: " + spot);
        for (int y = Math.max(0, y0); y < Math.min(before.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(before.getWidth(), x1); x++) {
                if (before.getRGB(x, y) != after.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
