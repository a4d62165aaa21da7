package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.testing.TestSites;

/**
 * Inline code and code blocks print in the theme's embedded monospaced face: the engine knows
 * no generic {@code monospace}, and a page with a backtick once stopped every PDF build.
 */
class CodeInPdfTest {

    @Test
    void codePrintsInTheEmbeddedMonospacedFace(@TempDir Path temp) throws Exception {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Files.writeString(project.resolve("content/toolkit.yml"), Files.readString(project.resolve("content/toolkit.yml")) + """
                editions:
                  - id: guide
                    sections: [guide]
                """);
        Files.writeString(project.resolve("content/pages/guide/settings.md"), """
                ---
                title: Settings
                ---

                Set `review_by` in the front matter.

                ```
                review_by: 2027-01-31
                ```
                """);
        Path out = temp.resolve("site");
        Build.Result result = Build.run(org.toolkitpress.configure.Configure.settings(project, out, true, TestSites.CLOCK).withPdf(true));
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        byte[] pdf = Files.readAllBytes(out.resolve("downloads/guide.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Set review_by in the front matter."), text);
            assertTrue(text.contains("review_by: 2027-01-31"), text);
            boolean mono = false;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    mono |= font.getName().contains("AtkinsonHyperlegibleMono");
                }
            }
            assertTrue(mono, "the monospaced face is embedded");
        }
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }
}
