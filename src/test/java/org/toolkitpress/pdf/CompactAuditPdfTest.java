package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/**
 * Issue 10, point 4: the gallery's 45-item 0–3 audit in its grid layout prints on few pages, with
 * nothing left out and nothing under 9 pt. A copy of the gallery gets a
 * second audit, the same data with {@code layout: stacked}, and both fillable PDFs are built.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompactAuditPdfTest {

    private byte[] grid;
    private byte[] stacked;

    @BeforeAll
    void build(@TempDir Path temp) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        Path project = Files.createDirectories(temp.resolve("project"));
        TestSites.copy(TestSites.fixture("audit-shapes").resolve("content"), project);
        Path audits = project.resolve("content/data/audits");
        String audit = Files.readString(audits.resolve("numeric-audit.yml"));
        assertTrue(audit.contains("\nlayout: grid\n") && audit.contains("\nid: numeric-audit\n"), "the gallery's audit is a grid");
        Files.writeString(audits.resolve("numeric-stacked.yml"), audit
                .replace("\nlayout: grid\n", "\nlayout: stacked\n").replace("\nid: numeric-audit\n", "\nid: numeric-stacked\n"));
        Files.writeString(project.resolve("content/pages/audits/numeric-stacked.md"),
                "---\ntitle: The scored audit, stacked\n---\n\n::: audit numeric-stacked\n");
        TestSites.printOnly(project, """
                editions:
                  - id: numeric-audit
                    audit: numeric-audit
                  - id: numeric-stacked
                    audit: numeric-stacked
                """);
        Path site = temp.resolve("site");
        Build.Result result = Build.run(Configure.settings(project, site, true).withPdf(true));
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        grid = Files.readAllBytes(site.resolve("downloads/numeric-audit.pdf"));
        stacked = Files.readAllBytes(site.resolve("downloads/numeric-stacked.pdf"));
    }

    /**
     * The bar is a third of the 13 pages the stacked form took when it was set: at most
     * 4. The stacked form has since shrunk too (cover, contents and questions share pages, 11
     * pages), so against it the grid is held to under half, not a third.
     */
    @Test
    void theGridTakesAtMostFourPagesAndUnderHalfOfTheStackedForm() throws IOException {
        try (PDDocument g = Loader.loadPDF(grid); PDDocument s = Loader.loadPDF(stacked)) {
            int gridPages = g.getNumberOfPages();
            int stackedPages = s.getNumberOfPages();
            assertTrue(gridPages <= 4, "grid " + gridPages + " pages");
            assertTrue(2 * gridPages < stackedPages, "grid " + gridPages + " pages, stacked " + stackedPages);
        }
    }

    /** Every question, the action plan and the contents are still there, and nothing is under 9 pt. */
    @Test
    void nothingIsLeftOutOrSetSmall() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(grid)) {
            assertEquals(List.of(), PrintEditionTest.textSmallerThanNinePoints(pdf));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replaceAll("\\s+", "");
            for (String words : List.of("Contents", "About this audit", "1. The school",
                    "45. Outcomes of joint work are recorded.", "Scores for all sections", "Action plan", "to 3 (fully embedded)")) {
                assertTrue(text.contains(words.replace(" ", "")), words);
            }
            int radios = 0;
            for (org.apache.pdfbox.pdmodel.interactive.form.PDField field : pdf.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (field instanceof org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton) {
                    radios++;
                }
            }
            assertEquals(45, radios, "a radio group for each of the 45 statements");
        }
    }

    @Test
    void theGridFormPassesPdfUaAndPdfA() {
        assertEquals(List.of(), VeraPdf.failures(grid));
    }
}
