package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.toolkitpress.testing.TestSites;

/**
 * The audit-shapes gallery (src/test/resources/sites/audit-shapes) built with its PDFs, once for
 * the class, then read back: veraPDF on every PDF, and the text and colours of each shape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditShapesGalleryPdfTest {

    private Map<String, byte[]> pdfs;

    @BeforeAll
    void build() throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        // The suite's one build of the gallery with its PDFs, shared with BrowserFilledShapesPdfTest.
        TestSites.Built built = TestSites.built(TestSites.fixture("audit-shapes"), true);
        Path site = built.site();
        assertTrue(built.result().published(), () -> built.result().diagnostics().sorted().toString());
        pdfs = new TreeMap<>();
        try (Stream<Path> files = Files.list(site.resolve("downloads"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                pdfs.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
    }

    @Test
    void everyPdfPassesPdfUaAndPdfA() {
        assertTrue(pdfs.containsKey("continua.pdf") && pdfs.containsKey("principles.pdf"), pdfs.keySet().toString());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        pdfs.entrySet().parallelStream().forEach(e -> VeraPdf.failures(e.getValue()).forEach(f -> failures.add(e.getKey() + ": " + f)));
        assertEquals(List.of(), failures);
    }

    @Test
    void onlyTheProgressionNumbersItsStagesAndEveryCellNamesItsStage() throws IOException {
        String text = text(pdfs.get("continua.pdf"));
        assertEquals(3, count(text, "Stage "), "Stage 1–3 of the progression, and none in either spectrum: " + text);
        // Each spectrum stage is named in its heading and in each of its three rows.
        for (String stage : List.of("Noticing", "Co-regulating", "Repairing", "Planning")) {
            assertTrue(count(text, stage) >= 4, stage + " in its heading and every row");
        }
        for (String stage : List.of("Key adult", "Class team", "Pastoral lead", "Partner agencies", "Family")) {
            assertTrue(count(text, stage) >= 2, stage);
        }
    }

    /** The colours are printed, each continuum in its own: the shared stage id is orange in one and blue in the other. */
    @Test
    void stageColoursArePrintedPerContinuum() throws IOException {
        Set<Integer> colours = new HashSet<>();
        try (PDDocument pdf = Loader.loadPDF(pdfs.get("continua.pdf"))) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImage(page, 1f);
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        colours.add(image.getRGB(x, y) & 0xffffff);
                    }
                }
            }
        }
        for (int colour : new int[] {0xb03a2e, 0xe67e22, 0x1e6b30, 0xd2e3f3, 0xb7d3ee, 0x9cc3e8, 0x81b3e3}) {
            assertTrue(colours.contains(colour), String.format("#%06x is printed", colour));
        }
    }

    @Test
    void principlesFollowTheirSetsLayoutAndNumbers() throws IOException {
        String text = text(pdfs.get("principles.pdf")).replaceAll("\\s+", " ");
        assertTrue(text.contains("Component 1 Leadership and management"), text);
        assertTrue(text.contains("2.1 Safety") && !text.contains("2.1. Safety"), "numbers as written: " + text);
        assertTrue(text.contains("Reflective prompts") && text.contains("What it looks like"), text);
        int quote = text.indexOf("Behaviour is communication.");
        int description = text.indexOf("Adults wonder what a child");
        int prompts = text.indexOf("Reflective prompts");
        assertTrue(quote >= 0 && quote < description && description < prompts, "quote, description, then prompts");
        assertFalse(text.contains("1. Curiosity"), "an unnumbered set");
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }

    /**
     * The printed action plan speaks of "the questions furthest from where you want to be" only
     * where answers can be further or nearer: on the 0–3 audit, not on the reflective form, whose
     * questions are answered in write-in boxes alone.
     */
    @Test
    void thePrintedPlanSpeaksOfTheQuestionsFurthestOnlyWhereAnswersAreRated() throws IOException {
        String scored = text(pdfs.get("numeric-audit.pdf")).replaceAll("\\s+", " ");
        String written = text(pdfs.get("reflective-review.pdf")).replaceAll("\\s+", " ");
        assertTrue(scored.contains("Action plan For the questions furthest from where you want to be: what you will do"),
                scored);
        assertTrue(written.contains("Action plan What you will do, who will do it, by when"), written);
        assertFalse(written.contains("furthest"), written);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }
}
