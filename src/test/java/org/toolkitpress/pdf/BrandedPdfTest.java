package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/** A brand's PDFs carry its name and logo on the cover and still pass PDF/UA-1 and PDF/A. */
class BrandedPdfTest {

    @Test
    void theCoverNamesTheBrandAndThePdfStaysValid(@TempDir Path temp) throws Exception {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        Path project = temp.resolve("project");
        TestSites.copy(TestSites.projectRoot().resolve("content"), project);
        TestSites.copy(TestSites.projectRoot().resolve("brands"), project);
        TestSites.printOnly(project, """
                editions:
                  - id: partnership-working-questions
                    audit: partnership-working-questions
                """);
        Path out = temp.resolve("site");
        Build.Result result = Build.run(Configure.settings(project, out, true, "kent").withPdf(true));
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        byte[] pdf = Files.readAllBytes(out.resolve("downloads/partnership-working-questions.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertTrue(cover.getText(document).contains("Kent County Council"));
            PDFTextStripper inside = new PDFTextStripper();
            inside.setStartPage(3);
            inside.setEndPage(3);
            assertTrue(inside.getText(document).contains("Kent County Council · "), "the running header names the brand");
            // Page 3 holds no logo: Kent's primary colour there can only come from the brand's stylesheet.
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImage(2, 1f);
            assertTrue(hasColour(page, 0x1e1e5a), "the chapter title rule shows Kent's primary colour (#1e1e5a from brand.yml)");
            assertTrue(figureAlts(document.getDocumentCatalog().getStructureTreeRoot().getKids()).stream()
                    .anyMatch(alt -> alt.contains("Kent")), "the cover shows the logo as a figure with its alt text");
        }
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }

    private static boolean hasColour(java.awt.image.BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) <= 2 && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= 2
                        && Math.abs((p & 0xff) - (rgb & 0xff)) <= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> figureAlts(List<Object> kids) {
        List<String> alts = new java.util.ArrayList<>();
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    alts.add(element.getAlternateDescription());
                }
                alts.addAll(figureAlts(element.getKids()));
            }
        }
        return alts;
    }
}
