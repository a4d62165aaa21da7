package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.toolkitpress.testing.TestSites;

/**
 * A choice scale's option colours (the Kent audit's red, amber and green, written as
 * {@code colour:} on each option in its data file) reach the web form as a decorative swatch
 * and the printed form in colour, each beside its label, and the form stays PDF/UA and PDF/A.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OptionColoursTest {

    private static final String PAGE = "relational-approaches/toolkit-1-audit/index.html";
    private static final String PDF = "downloads/relational-approaches-audit.pdf";
    /** The option colours the Kent audit's data gives, by option label. */
    private static final Map<String, String> WRITTEN = Map.of("Red", "#d4351c", "Amber", "#f47738", "Green", "#00703c");

    private Path site;

    @BeforeAll
    void build() {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        TestSites.Built built = TestSites.built(TestSites.projectRoot(), true);
        assertTrue(built.result().published(), () -> built.result().diagnostics().sorted().toString());
        site = built.site();
    }

    @Test
    void eachOptionOnTheWebFormHasItsColourBeforeItsLabelHiddenFromAssistiveTechnology() throws IOException {
        Document page = Jsoup.parse(site.resolve(PAGE).toFile());
        List<Element> labels = page.select(".choice label");
        assertTrue(labels.size() >= 3, "choice labels: " + labels.size());
        Map<String, String> seen = new TreeMap<>();
        for (Element label : labels) {
            Element swatch = label.selectFirst(".swatch");
            String text = label.selectFirst(".choice-label").text();
            assertTrue(swatch != null, "no swatch before " + text);
            assertEquals("true", swatch.attr("aria-hidden"), text);
            assertEquals(0, swatch.elementSiblingIndex(), "the swatch comes first: " + label);
            assertTrue(swatch.text().isEmpty(), "the label carries the words: " + label);
            seen.put(text, swatch.attr("style").replaceFirst("^--stage-colour:\\s*", "").strip());
        }
        assertEquals(new TreeMap<>(WRITTEN), seen);
    }

    @Test
    void theFirstQuestionPageIsPrintedInRedAmberAndGreenWithTheLabelsInText() throws IOException {
        byte[] bytes = Files.readAllBytes(site.resolve(PDF));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int page = RenderedPages.firstQuestionPage(pdf);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            String text = stripper.getText(pdf);
            for (String label : WRITTEN.keySet()) {
                assertTrue(text.contains(label), "page " + (page + 1) + " lacks the label " + label);
            }
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page, 50);
            int red = 0;
            int amber = 0;
            int green = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    Color c = new Color(image.getRGB(x, y));
                    float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
                    if (hsb[1] < 0.6f || hsb[2] < 0.3f) {
                        continue;
                    }
                    float degrees = hsb[0] * 360;
                    if (degrees < 14 || degrees > 350) {
                        red++;
                    } else if (degrees >= 17 && degrees < 40) {
                        amber++;
                    } else if (degrees >= 130 && degrees < 170) {
                        green++;
                    }
                }
            }
            String counts = "red " + red + ", amber " + amber + ", green " + green + " pixels on page " + (page + 1);
            assertTrue(red >= 15 && amber >= 15 && green >= 15, counts);
        }
        assertEquals(List.of(), VeraPdf.failures(bytes));
    }
}
