package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * The shortcuts taken when text fields are given values must leave the same file as PDFBox's own
 * way: {@link TextAppearance} hides the appearance's fonts from PDFBox while it draws and puts
 * them back, and a form about to be filled draws its answered text fields once, not empty first.
 * Made on a small form like the engine's (a whole embedded form font, auto-sized text, each
 * field's appearance already listing the font), not on a rendered toolkit.
 */
class TextAppearanceTest {

    private static final List<String> NAMES = List.of("setting", "item-1-evidence", "notes");
    private static final String ANSWER = "Ysgol Gynradd Hilltop — the rules feel unfair (Year 6)";

    private static byte[] blank;

    @BeforeAll
    static void blankForm() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font = font(document, "AtkinsonHyperlegible_400Regular.ttf");
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            PDResources defaults = new PDResources();
            defaults.put(COSName.getPDFName("F1"), font);
            form.setDefaultResources(defaults);
            form.setNeedAppearances(true);
            float y = 700;
            for (String name : NAMES) {
                PDTextField field = new PDTextField(form);
                field.setPartialName(name);
                field.setMultiline(name.endsWith("evidence"));
                field.setDefaultAppearance("/F1 0 Tf 0 g");
                PDAnnotationWidget widget = field.getWidgets().get(0);
                widget.setRectangle(new PDRectangle(72, y, 400, name.endsWith("evidence") ? 60 : 20));
                widget.setPage(page);
                page.getAnnotations().add(widget);
                form.getFields().add(field);
                // As the engine does: an appearance is drawn, which lists the form font in its resources.
                field.setValue("");
                y -= 100;
            }
            blank = save(document);
        }
    }

    @Test
    void aValueSetWithTheFontsHiddenGivesPdfBoxsOwnFile() throws IOException {
        byte[] pdfbox = filled((document, field) -> field.setValue(ANSWER));
        byte[] ours = filled((document, field) -> TextAppearance.setValue(field, ANSWER));
        assertArrayEquals(pdfbox, ours);
        try (PDDocument document = Loader.loadPDF(ours)) {
            PDTextField field = (PDTextField) document.getDocumentCatalog().getAcroForm().getField(NAMES.get(0));
            COSDictionary resources = field.getWidgets().get(0).getNormalAppearanceStream().getCOSObject()
                    .getCOSDictionary(COSName.RESOURCES);
            assertNotNull(resources.getCOSDictionary(COSName.FONT).getDictionaryObject(COSName.getPDFName("F1")),
                    "the appearance still lists its font");
        }
        String text = drawn(ours);
        assertTrue(text.contains(ANSWER), text);
    }

    @Test
    void anAppearanceFontTheFormLacksIsStillCopiedToTheForm() throws IOException {
        Fill addFont = (document, field) -> field.getWidgets().get(0).getNormalAppearanceStream().getResources()
                .put(COSName.getPDFName("F9"), font(document, "AtkinsonHyperlegible_700Bold.ttf"));
        byte[] pdfbox = filled((document, field) -> {
            addFont.set(document, field);
            field.setValue(ANSWER);
        });
        byte[] ours = filled((document, field) -> {
            addFont.set(document, field);
            TextAppearance.setValue(field, ANSWER);
        });
        assertArrayEquals(pdfbox, ours);
        try (PDDocument document = Loader.loadPDF(ours)) {
            COSDictionary formFonts = document.getDocumentCatalog().getAcroForm().getDefaultResources().getCOSObject()
                    .getCOSDictionary(COSName.FONT);
            assertNotNull(formFonts.getDictionaryObject(COSName.getPDFName("F9")), "PDFBox copied the appearance's font to the form");
        }
    }

    @Test
    void answeredFieldsDrawnOnceGiveTheFileOfDrawingThemTwice() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(NAMES.get(0), "Hilltop Primary School");
        values.put(NAMES.get(1), "Pupils say the rules feel unfair.\nThe council will review them.");
        byte[] twice;
        byte[] once;
        try (PDDocument document = Loader.loadPDF(blank)) {
            FormAccessibility.apply(document, Map.of(), Set.of());
            assertEquals(List.of(), FormData.fill(document, values).refused());
            twice = save(document);
        }
        try (PDDocument document = Loader.loadPDF(blank)) {
            FormAccessibility.apply(document, Map.of(), values.keySet());
            assertEquals(List.of(), FormData.fill(document, values).refused());
            once = save(document);
        }
        assertArrayEquals(twice, once);
        String text = drawn(once);
        assertTrue(text.contains("Hilltop Primary School"), text);
        assertTrue(text.contains("The council will review them."), text);
    }

    /**
     * Welsh letters the form font lacks (ŵ, ŷ: checked here, so the test says so if the font
     * changes) are drawn as their parts, a letter with no parts the font has as "?", and the
     * value keeps every letter as given (before, PDFBox refused the whole value).
     */
    @Test
    void lettersTheFontLacksAreDrawnFromTheirPartsAndTheValueKeptWhole() throws IOException {
        String typed = "Tŷ’r Dŵr 水";
        byte[] pdf = filled((document, field) -> TextAppearance.setValue(field, typed));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDTextField field = (PDTextField) document.getDocumentCatalog().getAcroForm().getField(NAMES.get(0));
            PDType0Font font = (PDType0Font) document.getDocumentCatalog().getAcroForm().getDefaultResources().getFont(COSName.getPDFName("F1"));
            for (String letter : List.of("ŵ", "ŷ", "水")) {
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> font.encode(letter), "the font lacks " + letter);
            }
            assertEquals(typed, field.getValueAsString(), "the value is the answer, as given");
            assertEquals("Ty\u0302’r Dw\u0302r ?", TextAppearance.drawable(field, typed), "what is drawn");
            // The letters the appearance stream shows, each two-byte code read back through the font's ToUnicode.
            StringBuilder drawn = new StringBuilder();
            for (Object token : new org.apache.pdfbox.pdfparser.PDFStreamParser(field.getWidgets().get(0).getNormalAppearanceStream()).parse()) {
                if (token instanceof org.apache.pdfbox.cos.COSString shown) {
                    byte[] codes = shown.getBytes();
                    for (int i = 0; i + 1 < codes.length; i += 2) {
                        drawn.append(font.toUnicode((codes[i] & 0xff) << 8 | codes[i + 1] & 0xff));
                    }
                }
            }
            assertEquals("Ty\u0302’r Dw\u0302r ?", drawn.toString(), "what the appearance draws");
        }
    }

    private interface Fill {
        void set(PDDocument document, PDTextField field) throws IOException;
    }

    /** The blank form with every field given a value by {@code fill}, saved. */
    private static byte[] filled(Fill fill) throws IOException {
        try (PDDocument document = Loader.loadPDF(blank)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            for (String name : NAMES) {
                fill.set(document, (PDTextField) form.getField(name));
            }
            return save(document);
        }
    }

    /** A theme font embedded whole, as the form font is. */
    private static PDType0Font font(PDDocument document, String file) throws IOException {
        try (InputStream in = Files.newInputStream(TestSites.projectRoot().resolve("templates/assets/fonts/" + file))) {
            return PDType0Font.load(document, in, false);
        }
    }

    /** Saved with a fixed date and file identifier, so that two saves of the same document are the same bytes. */
    private static byte[] save(PDDocument document) {
        return Archive.save(document, LocalDate.of(2026, 12, 1), "text-appearance-test");
    }

    /** The text drawn in the fields' appearances, read as a reader sees it once the form is flattened. */
    private static String drawn(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getDocumentCatalog().getAcroForm().flatten();
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
