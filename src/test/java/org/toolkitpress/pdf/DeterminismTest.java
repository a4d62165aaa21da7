package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/**
 * Two builds of the same content give the same PDF bytes (a guide and a fillable form), and with
 * the site's address known, each cover links back to the web version.
 */
class DeterminismTest {

    @Test
    void twoBuildsGiveIdenticalPdfs(@TempDir Path temp) throws Exception {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        Path project = TestSites.copy(TestSites.projectRoot().resolve("content"), temp.resolve("project"));
        project = project.getParent();
        // Two small editions keep the test quick; the same code makes every PDF.
        TestSites.printOnly(project, """
                base_url: https://toolkit.example.org/
                editions:
                  - id: case-study
                    sections: [case-study]
                  - id: partnership-working-questions
                    audit: partnership-working-questions
                """);
        Path caseStudy = project.resolve("content/pages/case-study/index.md");
        Files.writeString(caseStudy, Files.readString(caseStudy).replaceFirst("\n---\n", "\nlast_reviewed: 2025-09-01\nreview_by: 2026-09-01\n---\n"));
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        assertTrue(Build.run(Configure.settings(project, first, true).withPdf(true)).published());
        assertTrue(Build.run(Configure.settings(project, second, true).withPdf(true)).published());
        for (String pdf : new String[] {"downloads/case-study.pdf", "downloads/partnership-working-questions.pdf"}) {
            assertArrayEquals(Files.readAllBytes(first.resolve(pdf)), Files.readAllBytes(second.resolve(pdf)), pdf);
        }
        assertEquals("https://toolkit.example.org/case-study/", coverLink(first.resolve("downloads/case-study.pdf")));
        try (PDDocument document = Loader.loadPDF(first.resolve("downloads/case-study.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Last reviewed: 1 September 2025 · Review by: 1 September 2026"), "the review dates are printed");
            assertTrue(text.contains("Version 2026.1 · 23 November 2026"), "the edition stamp is in the footer");
        }
        assertEquals("https://toolkit.example.org/relational-approaches/toolkit-4-partnership-working/",
                coverLink(first.resolve("downloads/partnership-working-questions.pdf")));
    }

    private static String coverLink(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDAnnotation annotation : document.getPage(0).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    return uri.getURI();
                }
            }
        }
        return null;
    }
}
