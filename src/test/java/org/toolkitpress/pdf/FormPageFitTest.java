package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * A form's pages as a print officer sees them, read back from the PDF (pixels, text, widgets):
 * a question with a large box does not leave most of the page before it blank (ItemFlow), a
 * question's words share a page with its first box, and the action plan stays inside the text
 * block with its right-hand rule drawn. On the box-space fixture, whose 90 mm boxes moved whole
 * to the next page and left pages 1 and 3 of 5 half and two thirds blank.
 */
class FormPageFitTest {

    private static final float MM = 72 / 25.4f;
    /** print.css's @page margins. */
    private static final float TOP = 22 * MM;
    private static final float FOOT = 20 * MM;
    private static final float SIDE = 18 * MM;
    private static final String AUDIT = "story-audit";

    private static Path form;

    @BeforeAll
    static void build() {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        form = TestSites.built(TestSites.fixture("box-space"), true).site().resolve("downloads/" + AUDIT + ".pdf");
    }

    @Test
    void noPageButTheLastIsLeftMostlyBlank() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(form.toFile())) {
            List<String> blank = new ArrayList<>();
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages() - 1; i++) {
                float share = blankBelow(renderer.renderImageWithDPI(i, 50, ImageType.RGB));
                if (share > 0.5f) {
                    blank.add("page " + (i + 1) + ": " + Math.round(share * 100) + "% of the body blank at its foot");
                }
            }
            assertEquals(List.of(), blank);
            // Two questions moved whole before: five pages then, four now, every box as tall as asked (BoxSpaceTest).
            assertTrue(pdf.getNumberOfPages() <= 4, pdf.getNumberOfPages() + " pages");
        }
    }

    @Test
    void eachQuestionsWordsShareAPageWithItsFirstBox() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(form.toFile())) {
            assertEquals(page(pdf, AUDIT + ".story.text"), pageOf(pdf, "Tell the story of one pupil"));
            assertEquals(page(pdf, AUDIT + ".next.steps"), pageOf(pdf, "What will you do next?"));
            assertEquals(page(pdf, AUDIT + ".usual.text"), pageOf(pdf, "What else should the council know?"));
            // The question that runs on keeps its later boxes whole, each under its label, on the next page.
            assertEquals(page(pdf, AUDIT + ".story.text") + 1, page(pdf, AUDIT + ".story.evidence"));
            assertEquals(List.of(), StrayRules.in(pdf), "no rule left at a page foot without its question");
        }
    }

    @Test
    void theActionPlanStaysInsideTheTextBlock() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(form.toFile())) {
            float right = PDRectangle.A4.getWidth() - SIDE;
            List<String> outside = new ArrayList<>();
            for (PDField field : pdf.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (!field.getFullyQualifiedName().startsWith(AUDIT + ".plan.")) {
                    continue;
                }
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    // The box, its cell's 1 mm padding and the cell's rule must end inside the block.
                    float end = widget.getRectangle().getUpperRightX() + 1 * MM + 0.3f * MM;
                    if (end > right + 0.5f) {
                        outside.add(field.getFullyQualifiedName() + " ends " + (end - right) / MM + " mm past the text block");
                    }
                }
            }
            assertEquals(List.of(), outside);
            // The table's right-hand rule is drawn: dark pixels down the column just inside the block's edge.
            int first = page(pdf, AUDIT + ".plan.measure-1");
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(first, 144, ImageType.RGB);
            PDRectangle box = widget(pdf, AUDIT + ".plan.measure-1").getRectangle();
            float scale = 144 / 72f;
            int y = Math.round((PDRectangle.A4.getHeight() - box.getLowerLeftY() - box.getHeight() / 2) * scale);
            List<Integer> dark = new ArrayList<>();
            for (int x = Math.round(box.getUpperRightX() * scale); x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 200 && ((rgb >> 8) & 0xff) < 200 && (rgb & 0xff) < 200) {
                    dark.add(x);
                }
            }
            int edge = Math.round(right * scale);
            assertTrue(!dark.isEmpty() && dark.get(0) <= edge, "no rule drawn between the last box (" + box.getUpperRightX() * scale
                    + ") and the text block's edge (" + edge + "): dark at " + dark);
        }
    }

    /** The share of the page body (between print.css's margins) below the lowest ink in it. */
    private static float blankBelow(BufferedImage page) {
        float scale = page.getHeight() / PDRectangle.A4.getHeight();
        int top = Math.round(TOP * scale);
        int foot = Math.round((PDRectangle.A4.getHeight() - FOOT) * scale);
        for (int y = foot - 1; y >= top; y--) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 200 || ((rgb >> 8) & 0xff) < 200 || (rgb & 0xff) < 200) {
                    return (foot - 1 - y) / (float) (foot - top);
                }
            }
        }
        return 1f;
    }

    private static PDAnnotationWidget widget(PDDocument pdf, String name) {
        PDField field = pdf.getDocumentCatalog().getAcroForm().getField(name);
        assertTrue(field != null, name);
        return field.getWidgets().get(0);
    }

    /** The 0-based page a field's first widget lies on. */
    private static int page(PDDocument pdf, String name) {
        PDAnnotationWidget widget = widget(pdf, name);
        int i = 0;
        for (PDPage page : pdf.getPages()) {
            try {
                if (page.getAnnotations().stream().anyMatch(a -> a.getCOSObject() == widget.getCOSObject())) {
                    return i;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            i++;
        }
        return -1;
    }

    /** The 0-based page whose text holds {@code words}, -1 when none does. */
    private static int pageOf(PDDocument pdf, String words) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i + 1);
            stripper.setEndPage(i + 1);
            if (stripper.getText(pdf).replaceAll("\\s+", " ").contains(words)) {
                return i;
            }
        }
        return -1;
    }
}
