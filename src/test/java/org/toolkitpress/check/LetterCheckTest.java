package org.toolkitpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.load.Load;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.testing.TestSites;

/**
 * Every character the print edition would draw with no font (no face of templates/fonts.yml has
 * it, so the engine prints "#") is a warning at the line and column where it is first written in
 * each file: in a page's front matter and body, in code, in a data file's value; not for
 * characters that are not drawn, nor for pages no PDF prints. The build still succeeds.
 */
class LetterCheckTest {

    @TempDir
    Path temp;

    private static final String NO_FONT = "has no font in the print edition";

    @Test
    void eachCharacterWithoutAFontIsWarnedOncePerFileWhereItIsWrittenAndTheBuildSucceeds() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp.resolve("project"));
        Files.writeString(project.resolve("content/pages/guide/letters.md"), String.join("\n",
                "---",
                "title: Guaraní ỹ",
                "summary: A page of letters.",
                "---",
                "",
                "Again ỹ, then a smile 😀, a tick ✓ and `code ✓`.",
                "",
                "Not drawn: soft\u00ADhyphen, joined\u200Dwords, a text style\uFE0E, no\u00A0break.",
                "",
                "::: figure Ỹ map",
                "A description of the map.",
                ":::",
                ""));
        // A page of a section no PDF prints: nothing it holds is printed.
        Files.createDirectories(project.resolve("content/pages/extra"));
        Files.writeString(project.resolve("content/pages/extra/index.md"), "---\ntitle: Extra ỹ\n---\n\nOnly on the web: 😀\n");
        Path toolkit = project.resolve("content/toolkit.yml");
        Files.writeString(toolkit, Files.readString(toolkit) + "  - id: extra\n    title: Extra\n"
                + "editions:\n  - id: guide\n    sections: [guide]\n");
        Path continuum = project.resolve("content/data/continua/simple.yml");
        Files.writeString(continuum, Files.readString(continuum)
                .replace("    meaning: Knows about trauma", "    meaning: \"Knows ỹ about trauma\"")
                .replace("        - Leaders model it.", "        - Leaders model it 😀."));

        TestSites.CliRun run = TestSites.cli("build", "-p", project.toString(), "-o", temp.resolve("site").toString());

        assertEquals(0, run.exitCode(), "a warning is not an error: " + run.err());
        assertTrue(Files.isRegularFile(temp.resolve("site/downloads/guide.pdf")), "the PDF is still made");
        List<String> warnings = run.err().lines().filter(l -> l.contains(NO_FONT)).toList();
        assertEquals(List.of(
                "content/data/continua/simple.yml:6:21: warning: \"ỹ\" (U+1EF9 LATIN SMALL LETTER Y WITH TILDE) " + NO_FONT
                        + "; it would print as \"#\"",
                "content/data/continua/simple.yml:17:28: warning: \"😀\" (U+1F600 GRINNING FACE) " + NO_FONT
                        + "; it would print as \"#\"",
                "content/pages/guide/letters.md:2:16: warning: \"ỹ\" (U+1EF9 LATIN SMALL LETTER Y WITH TILDE) " + NO_FONT
                        + "; it would print as \"#\"",
                "content/pages/guide/letters.md:6:23: warning: \"😀\" (U+1F600 GRINNING FACE) " + NO_FONT
                        + "; it would print as \"#\"",
                "content/pages/guide/letters.md:6:46: warning: \"✓\" (U+2713 CHECK MARK) in code " + NO_FONT
                        + "; it would print as \"#\"",
                "content/pages/guide/letters.md:10:12: warning: \"Ỹ\" (U+1EF8 LATIN CAPITAL LETTER Y WITH TILDE) " + NO_FONT
                        + "; it would print as \"#\""), warnings, run.err());
        String err = run.err();
        assertTrue(err.contains(NO_FONT + "; it would print as \"#\"\n  hint: add a font that has it as a fallback in "
                + "templates/fonts.yml (a brand: brands/ID/templates/fonts.yml), as docs/pdf.md#adding-a-font-for-a-script shows"), err);
        assertTrue(err.contains("  hint: the PDF engine cannot draw colour emoji: write it in words, or add a black-and-white "
                + "emoji font as a fallback in templates/fonts.yml (docs/pdf.md#emoji)"), err);
        assertTrue(err.contains("  hint: code is set in Atkinson Hyperlegible Mono alone"), err);
    }

    /**
     * What the warnings promise: the characters they name print as "#", and those they do not name
     * print as themselves or not at all (a variation selector, a soft hyphen), never as "#".
     */
    @Test
    void theWarnedCharactersAreTheOnesThePdfPrintsAsHash() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp.resolve("project"));
        Files.writeString(project.resolve("content/pages/guide/letters.md"),
                "---\ntitle: Letters\n---\n\nGuaraní ỹ and Welsh tŷ and a tick ✓ and a phone's \u2714\uFE0F, co\u00ADoperate.\n");
        Path toolkit = project.resolve("content/toolkit.yml");
        Files.writeString(toolkit, Files.readString(toolkit) + "editions:\n  - id: guide\n    sections: [guide]\n");
        TestSites.CliRun run = TestSites.cli("build", "-p", project.toString(), "-o", temp.resolve("site").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains(NO_FONT)).count(), run.err());
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                Files.readAllBytes(temp.resolve("site/downloads/guide.pdf")))) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        assertTrue(text.contains("Guaraní # and Welsh tŷ and a tick ✓ and a phone's \u2714, cooperate."), text);
    }

    /** The default content and every brand of this repository print every character they hold. */
    @Test
    void theDefaultContentAndItsBrandsHaveNoCharacterWithoutAFont() throws IOException {
        List<String> brands = new ArrayList<>();
        brands.add(null);
        try (Stream<Path> dirs = Files.list(TestSites.projectRoot().resolve("brands"))) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().forEach(brands::add);
        }
        assertEquals(4, brands.size(), "the default content and its three brands");
        for (String brand : brands) {
            Diagnostics diagnostics = new Diagnostics();
            Toolkit toolkit = Load.toolkit(Configure.settings(TestSites.projectRoot(), null, false, brand, TestSites.CLOCK),
                    Markdown.create(), diagnostics);
            Check.toolkit(toolkit, TestSites.CLOCK.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate(), diagnostics);
            assertFalse(toolkit.info().editions().isEmpty(), "it prints PDFs, so its letters are judged");
            assertFalse(toolkit.fonts().isNone());
            assertFalse(toolkit.letters().isEmpty() && toolkit.pages().stream().allMatch(p -> p.letters().isEmpty()),
                    "it holds characters beyond ASCII to judge (’ – ✓ …)");
            List<String> noFont = diagnostics.sorted().stream().map(Diagnostic::format).filter(l -> l.contains(NO_FONT)).toList();
            assertEquals(List.of(), noFont, "brand " + brand);
        }
    }
}
