package org.toolkitpress.pdf;

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
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
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
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path page = project.resolve("content/pages/guide/second.md");
        Files.writeString(page, Files.readString(page) + "\n## Croeso i Ysgol Bryn Tŷ\n\n" + WELSH + " *Yn ŵyr i Ŷ.*\n");
        Files.writeString(project.resolve("content/toolkit.yml"),
                Files.readString(project.resolve("content/toolkit.yml")) + "editions:\n  - id: guide\n    sections: [guide]\n");
        Build.Result result = Build.run(Configure.settings(project, temp.resolve("site"), true, TestSites.CLOCK).withPdf(true));
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        byte[] pdf = Files.readAllBytes(temp.resolve("site/downloads/guide.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Croeso i Ysgol Bryn Tŷ"), text);
            assertTrue(text.replaceAll("\\s+", " ").contains(WELSH), text);
            assertTrue(text.contains("Yn ŵyr i Ŷ."), text);
            List<Integer> withNext = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                if (fonts(document.getPage(i)).stream().anyMatch(f -> f.contains("AtkinsonHyperlegibleNext"))) {
                    withNext.add(i + 1);
                }
            }
            List<Integer> welshPages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(i);
                one.setEndPage(i);
                String onPage = one.getText(document);
                if (onPage.contains("ŵ")) {
                    welshPages.add(i);
                    assertFalse(onPage.contains("#"), "no letter is drawn as the engine's stand-in '#': " + onPage);
                }
            }
            assertFalse(welshPages.isEmpty());
            assertEquals(welshPages, withNext, "Atkinson Hyperlegible Next is used on the pages with Welsh letters and no others");
        }
        assertEquals(List.of(), VeraPdf.failures(pdf));
        Build.Result again = Build.run(Configure.settings(project, temp.resolve("again"), true, TestSites.CLOCK).withPdf(true));
        assertTrue(again.published(), () -> again.diagnostics().sorted().toString());
        org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, Files.readAllBytes(temp.resolve("again/downloads/guide.pdf")),
                "the same Welsh content makes the same bytes");
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
