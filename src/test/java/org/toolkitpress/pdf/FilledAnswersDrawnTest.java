package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * A form filled by {@code toolkit fill} shows its answers in poppler (Evince, Okular,
 * {@code pdftoppm}) and in PDFBox's renderer: inside every filled widget — the chosen radio
 * button, a one-line text field, a multi-line text field — the rendered pixels differ from the
 * same widget on the blank form.
 */
class FilledAnswersDrawnTest {

    private static final String AUDIT = "relational-approaches-audit";

    private static Path blank;
    private static Path filled;

    @BeforeAll
    static void fillTwice(@TempDir Path temp) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        blank = fill(temp, "blank", "answers: {}\n");
        filled = fill(temp, "filled", """
                header:
                  setting: Hilltop Primary School
                answers:
                  safe-ethos-1:
                    choice: green
                    evidence: Strong ethos work this year.
                  safe-ethos-2:
                    choice: red
                """);
    }

    private static Path fill(Path temp, String id, String body) throws IOException {
        Path response = Files.writeString(temp.resolve(id + ".yml"),
                "id: " + id + "\naudit: " + AUDIT + "\nversion: 1\ntitle: " + id + "\n" + body);
        Path pdf = temp.resolve(id + ".pdf");
        TestSites.CliRun run = TestSites.cli("fill", response.toString(), "-o", pdf.toString(),
                "-p", TestSites.projectRoot().toString());
        assertEquals(0, run.exitCode(), run.err());
        return pdf;
    }

    /** The widgets that hold an answer, by a description, with their page and rectangle. */
    private record Spot(String what, int page, PDRectangle rect) {
    }

    private static List<Spot> filledWidgets() throws IOException {
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put(AUDIT + ".header.setting", "one-line text");
        chosen.put(AUDIT + ".safe-ethos-1.evidence", "multi-line text");
        chosen.put(AUDIT + ".safe-ethos-1.choice", "radio (green)");
        chosen.put(AUDIT + ".safe-ethos-2.choice", "radio (red)");
        List<Spot> spots = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(filled.toFile())) {
            for (Map.Entry<String, String> entry : chosen.entrySet()) {
                PDField field = document.getDocumentCatalog().getAcroForm().getField(entry.getKey());
                assertNotNull(field, entry.getKey());
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    String state = widget.getAppearanceState() == null ? null : widget.getAppearanceState().getName();
                    if (state == null || !state.equals("Off")) {
                        spots.add(new Spot(entry.getValue(), document.getPages().indexOf(widget.getPage()), widget.getRectangle()));
                    }
                }
            }
        }
        assertEquals(4, spots.size(), "one widget per filled answer, the chosen radio button only: " + spots);
        return spots;
    }

    @Test
    void popplerDrawsEveryFilledAnswer(@TempDir Path temp) throws Exception {
        for (Spot spot : filledWidgets()) {
            BufferedImage before = RenderedPages.poppler(blank, spot.page(), temp.resolve("blank"));
            BufferedImage after = RenderedPages.poppler(filled, spot.page(), temp.resolve("filled"));
            assertTrue(RenderedPages.differsInside(before, after, spot.rect()), "poppler draws the " + spot.what() + " answer");
        }
    }

    @Test
    void pdfBoxDrawsEveryFilledAnswer() throws Exception {
        try (PDDocument before = Loader.loadPDF(blank.toFile()); PDDocument after = Loader.loadPDF(filled.toFile())) {
            for (Spot spot : filledWidgets()) {
                assertTrue(RenderedPages.differsInside(new PDFRenderer(before).renderImageWithDPI(spot.page(), RenderedPages.DPI),
                        new PDFRenderer(after).renderImageWithDPI(spot.page(), RenderedPages.DPI), spot.rect()),
                        "PDFBox draws the " + spot.what() + " answer");
            }
        }
    }

    @Test
    void theFilledRadioFormStaysPdfUaAndPdfA() throws IOException {
        assertEquals(List.of(), VeraPdf.failures(Files.readAllBytes(filled)));
    }
}
