package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/**
 * The toolkit's two names in a PDF: the full {@code title} on the cover, the {@code short_title}
 * in the running head of every other page (the minimal fixture's toolkit.yml gives both).
 */
class RunningHeadTest {

    @TempDir
    Path temp;

    @Test
    void theCoverHasTheFullTitleAndTheRunningHeadsTheShortTitle() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path toolkit = project.resolve("content/toolkit.yml");
        String yaml = Files.readString(toolkit);
        assertTrue(yaml.contains("title: Minimal Toolkit\nshort_title: Minimal\n"), yaml);
        Files.writeString(toolkit, yaml + "editions:\n  - id: guide\n    sections: [guide]\n");
        Build.Result result = Build.run(Configure.settings(project, temp.resolve("site"), true, TestSites.CLOCK).withPdf(true));
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        try (PDDocument pdf = Loader.loadPDF(temp.resolve("site/downloads/guide.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 2);
            List<String> cover = lines(pdf, 1);
            assertTrue(cover.contains("Minimal Toolkit"), "the cover names the toolkit in full: " + cover);
            for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
                List<String> text = lines(pdf, page);
                // The running head: the short title, then (on chapter pages) the chapter's title.
                String head = text.get(0);
                assertTrue((head.equals("Minimal") || head.startsWith("Minimal ")) && !head.startsWith("Minimal Toolkit"),
                        "page " + page + " runs the short title: " + text);
            }
        }
    }

    private static List<String> lines(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
