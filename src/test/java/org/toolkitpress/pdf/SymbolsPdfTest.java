package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        byte[] pdf = FallbackGuide.with(temp, """

                ## Beyond the classroom

                | DOs... ✓ | DON'Ts... ✗ |
                |---|---|
                | Offer a quiet club. | Don't use lunch as a sanction. |

                Ticked ✓ and crossed ✗ in a sentence, with a note.[^1]

                [^1]: The note's own text.
                """);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertFalse(text.contains("#"), "nothing drawn as the engine's stand-in '#': " + text);
            assertTrue(text.contains("DOs... ✓"), text);
            assertTrue(text.contains("DON'Ts... ✗"), text);
            assertTrue(text.replaceAll("\\s+", " ").contains("Ticked ✓ and crossed ✗ in a sentence, with a note."), text);
            assertTrue(text.contains("The note's own text."), text);
            assertFalse(text.contains("↩"), "the back-link arrow is not printed: " + text);
            List<Integer> symbolPages = FallbackGuide.pagesHolding(document, "✓");
            assertFalse(symbolPages.isEmpty());
            assertEquals(symbolPages, FallbackGuide.pagesUsing(document, "NotoSansSymbols2"),
                    "Noto Sans Symbols 2 is used on the pages with ✓ ✗ and no others");
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
    }
}
