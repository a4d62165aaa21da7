package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/**
 * Symbols no Atkinson face has (✓ ✗, as in the default content's tips table) print as
 * themselves from Noto Sans Symbols 2, where the engine drew "#"; a footnote's back-link arrow ↩
 * (which no bundled font had either) is left out of print. Read back from the PDF: the text, the
 * fonts each page uses, the links, veraPDF, and the same bytes twice.
 */
class SymbolsPdfTest {

    @TempDir
    Path temp;

    @Test
    void ticksAndCrossesPrintFromTheSymbolsFontAndFootnotesHaveNoArrow() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path page = project.resolve("content/pages/guide/second.md");
        Files.writeString(page, Files.readString(page) + """

                ## Beyond the classroom

                | DOs... ✓ | DON'Ts... ✗ |
                |---|---|
                | Offer a quiet club. | Don't use lunch as a sanction. |

                Ticked ✓ and crossed ✗ in a sentence, with a note.[^1]

                [^1]: The note's own text.
                """);
        Files.writeString(project.resolve("content/toolkit.yml"),
                Files.readString(project.resolve("content/toolkit.yml")) + "editions:\n  - id: guide\n    sections: [guide]\n");
        Build.Result result = Build.run(Configure.settings(project, temp.resolve("site"), true, TestSites.CLOCK).withPdf(true));
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        byte[] pdf = Files.readAllBytes(temp.resolve("site/downloads/guide.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertFalse(text.contains("#"), "nothing drawn as the engine's stand-in '#': " + text);
            assertTrue(text.contains("DOs... ✓"), text);
            assertTrue(text.contains("DON'Ts... ✗"), text);
            assertTrue(text.replaceAll("\\s+", " ").contains("Ticked ✓ and crossed ✗ in a sentence, with a note."), text);
            assertTrue(text.contains("The note's own text."), text);
            assertFalse(text.contains("↩"), "the back-link arrow is not printed: " + text);
            List<Integer> withSymbols = new ArrayList<>();
            List<Integer> symbolPages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                if (fonts(document.getPage(i - 1)).stream().anyMatch(f -> f.contains("NotoSansSymbols2"))) {
                    withSymbols.add(i);
                }
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(i);
                one.setEndPage(i);
                if (one.getText(document).contains("✓")) {
                    symbolPages.add(i);
                }
            }
            assertFalse(symbolPages.isEmpty());
            assertEquals(symbolPages, withSymbols, "Noto Sans Symbols 2 is used on the pages with ✓ ✗ and no others");
            int links = 0;
            for (PDPage each : document.getPages()) {
                for (PDAnnotation annotation : each.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        links++;
                        assertFalse(String.valueOf(link.getContents()).contains("↩"), "no link is named by the arrow");
                    }
                }
            }
            assertTrue(links > 0, "the note's number still links to the note");
        }
        assertEquals(List.of(), VeraPdf.failures(pdf));
        Build.Result again = Build.run(Configure.settings(project, temp.resolve("again"), true, TestSites.CLOCK).withPdf(true));
        assertTrue(again.published(), () -> again.diagnostics().sorted().toString());
        assertArrayEquals(pdf, Files.readAllBytes(temp.resolve("again/downloads/guide.pdf")), "the same content makes the same bytes");
    }

    /** The names of the fonts a page's content uses. */
    private static List<String> fonts(PDPage page) throws IOException {
        List<String> names = new ArrayList<>();
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
            names.add(resources.getFont(name).getName());
        }
        return names;
    }
}
