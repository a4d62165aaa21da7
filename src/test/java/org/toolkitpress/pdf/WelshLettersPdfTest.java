package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * Welsh letters print, in pages and in filled forms: Atkinson Hyperlegible has no ŵ ŷ Ŵ Ŷ (nor
 * ẁ ẃ ẅ ỳ), for which the engine drew "#" and {@code toolkit fill} stopped with an internal error.
 * Read back from the PDFs: the text a reader copies, the letters a field's appearance draws, the
 * fonts each page uses, and veraPDF.
 */
class WelshLettersPdfTest {

    /** Every letter of Welsh the reading face lacks, in both cases, and some it has, inside words. */
    private static final String WELSH = "Dŵr a tŷ, ŴYN ac ŶD; gŵr, ẁ ẃ ẅ ỳ Ẁ Ẃ Ẅ Ỳ, â ê î ô û ï ë.";

    @TempDir
    Path temp;

    @Test
    void aPageInWelshPrintsItsLettersAndOnlyItsPageTakesTheFallbackFont() throws IOException {
        byte[] pdf = FallbackGuide.with(temp, "\n## Croeso i Ysgol Bryn Tŷ\n\n" + WELSH + " *Yn ŵyr i Ŷ.*\n");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Croeso i Ysgol Bryn Tŷ"), text);
            assertTrue(text.replaceAll("\\s+", " ").contains(WELSH), text);
            assertTrue(text.contains("Yn ŵyr i Ŷ."), text);
            assertFalse(text.contains("#"), "no letter is drawn as the engine's stand-in '#': " + text);
            List<Integer> welshPages = FallbackGuide.pagesHolding(document, "ŵ");
            assertFalse(welshPages.isEmpty());
            assertEquals(welshPages, FallbackGuide.pagesUsing(document, "AtkinsonHyperlegibleNext"),
                    "Atkinson Hyperlegible Next is used on the pages with Welsh letters and no others");
        }
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }

    @Test
    void aResponseInWelshIsFilledAndItsFieldsDrawTheLetters() throws IOException {
        Path project = TestSites.projectRoot();
        String yaml = Files.readString(project.resolve("content/data/responses/lovely-primary-2019.yml"));
        String school = "Ysgol Bryn Tŷ";
        assertTrue(yaml.contains("  setting: Lovely Primary School\n"), yaml);
        assertTrue(yaml.contains("Need more training\n"), yaml);
        Path response = temp.resolve("ysgol-bryn-ty.yml");
        Files.writeString(response, yaml.replace("  setting: Lovely Primary School\n", "  setting: " + school + "\n")
                .replace("Need more training\n", "Need more training. " + WELSH + "\n"));
        Path out = temp.resolve("filled.pdf");
        TestSites.CliRun fill = TestSites.cli("fill", response.toString(), "-o", out.toString(), "-p", project.toString());
        assertEquals(0, fill.exitCode(), fill.err());
        byte[] pdf = Files.readAllBytes(out);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Answers of " + school), "the cover names the school: " + text);
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(document.getNumberOfPages());
            last.setEndPage(document.getNumberOfPages());
            assertTrue(last.getText(document).startsWith(school), "the running head names the school: " + last.getText(document));
            assertFalse(text.contains("#"), text);
            PDTextField setting = (PDTextField) document.getDocumentCatalog().getAcroForm().getField("trauma-informed-schools-audit.header.setting");
            assertEquals(school, setting.getValue());
            assertEquals(school.replace(" ", ""), DrawnAnswer.of(setting).letters(), "the field's appearance draws the name");
            PDTextField evidence = (PDTextField) document.getDocumentCatalog().getAcroForm().getField("trauma-informed-schools-audit.q2.evidence");
            assertTrue(evidence.getValue().endsWith(WELSH + "\n") || evidence.getValue().endsWith(WELSH), evidence.getValue());
            DrawnAnswer drawn = DrawnAnswer.of(evidence);
            assertTrue(drawn.letters().endsWith(WELSH.replaceAll("\\s+", "")), "the evidence box draws the Welsh: " + drawn.letters());
            assertEquals(List.of(), drawn.unseen(evidence.getValue()));
        }
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }
}
