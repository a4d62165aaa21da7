package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.testing.TestSites;

/**
 * A brand adds a fallback font of its own with no Java: Noto Sans Armenian (OFL, from Debian's
 * fonts-noto-core 20201225-1, src/test/resources/fonts/), named in the brand's
 * templates/fonts.yml beside the file. Armenian text, which no bundled font has, then prints as
 * itself: it reads back from the PDF, each of its glyphs is drawn from that font (ink inside each
 * glyph's box, and not the ink the same page has there without the brand, where the engine draws
 * "#"), the font is used on that page alone, and the PDF passes PDF/UA-1 and PDF/A. Without the
 * brand, check names the first Armenian letter at its line and column.
 */
class BrandFallbackFontTest {

    @TempDir
    Path temp;

    /** "Hello" in Armenian. */
    private static final String ARMENIAN = "Բարեւ ձեզ";

    @Test
    void aBrandsOwnFallbackFontPrintsAScriptNoBundledFontHas() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp.resolve("project"));
        Path page = project.resolve("content/pages/guide/second.md");
        Files.writeString(page, Files.readString(page) + "\nFamilies are welcome: " + ARMENIAN + ".\n");
        Path toolkit = project.resolve("content/toolkit.yml");
        Files.writeString(toolkit, Files.readString(toolkit) + "editions:\n  - id: guide\n    sections: [guide]\n");
        Path brand = Files.createDirectories(project.resolve("brands/hy"));
        Files.copy(TestSites.fixture("branded").resolve("brands/second/logo.svg"), brand.resolve("logo.svg"));
        Files.writeString(brand.resolve("brand.yml"),
                "name: Armenian Test Council\nlogo:\n  file: logo.svg\n  alt: Armenian Test Council\ncolours:\n  primary: \"#1e1e5a\"\n");
        Files.createDirectories(brand.resolve("templates/assets/fonts"));
        Files.copy(TestSites.projectRoot().resolve("src/test/resources/fonts/NotoSansArmenian-Regular.ttf"),
                brand.resolve("templates/assets/fonts/NotoSansArmenian-Regular.ttf"));
        Files.writeString(brand.resolve("templates/fonts.yml"), """
                # yaml-language-server: $schema=../../../schemas/fonts.schema.json
                fallbacks:
                  - id: armenian
                    family: Noto Sans Armenian
                    files:
                      regular: assets/fonts/NotoSansArmenian-Regular.ttf
                """);

        Build.Result plain = Build.run(Configure.settings(project, temp.resolve("plain"), true, null, TestSites.CLOCK).withPdf(true));
        assertTrue(plain.published(), () -> plain.diagnostics().sorted().toString());
        List<String> noFont = plain.diagnostics().sorted().stream().map(Diagnostic::format)
                .filter(l -> l.contains("has no font in the print edition")).toList();
        // second.md has 8 lines; the text is on line 10, after "Families are welcome: " (22 characters);
        // each letter once (the second ե is not named again).
        assertEquals(List.of("10:23 Բ", "10:24 ա", "10:25 ր", "10:26 ե", "10:27 ւ", "10:29 ձ", "10:31 զ"),
                noFont.stream().map(l -> l.replaceAll("^content/pages/guide/second\\.md:(\\d+:\\d+): warning: \"(.+?)\" .*(?s:.*)", "$1 $2")).toList());
        assertTrue(noFont.get(0).startsWith("content/pages/guide/second.md:10:23: warning: \"Բ\" (U+0532 ARMENIAN CAPITAL LETTER BEN) "
                + "has no font in the print edition; it would print as \"#\""), noFont.get(0));

        Build.Result branded = Build.run(Configure.settings(project, temp.resolve("branded"), true, "hy", TestSites.CLOCK)
                .withPdf(true));
        assertTrue(branded.published(), () -> branded.diagnostics().sorted().toString());
        assertEquals(List.of(), branded.diagnostics().sorted().stream().map(Diagnostic::format)
                .filter(l -> l.contains("has no font")).toList(), "the brand's font has every letter");

        byte[] pdf = Files.readAllBytes(temp.resolve("branded/downloads/guide.pdf"));
        byte[] without = Files.readAllBytes(temp.resolve("plain/downloads/guide.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf); PDDocument hashes = Loader.loadPDF(without)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Families are welcome: " + ARMENIAN + "."), text);
            assertFalse(text.contains("#"), text);
            assertTrue(new PDFTextStripper().getText(hashes).contains("Families are welcome: #####"),
                    "without the brand's font the engine draws '#'");

            List<Integer> pages = FallbackGuide.pagesHolding(document, ARMENIAN);
            assertEquals(1, pages.size());
            assertEquals(pages, FallbackGuide.pagesUsing(document, "NotoSansArmenian"), "the font is used where the letters are, only");
            int index = pages.get(0) - 1;
            List<TextPosition> glyphs = glyphs(document, index);
            assertEquals(ARMENIAN.replace(" ", "").length(), glyphs.size(), "every Armenian letter is a glyph of its own");
            float dpi = 144;
            BufferedImage drawn = new PDFRenderer(document).renderImageWithDPI(index, dpi, ImageType.GRAY);
            BufferedImage plainPage = new PDFRenderer(hashes).renderImageWithDPI(index, dpi, ImageType.GRAY);
            for (TextPosition glyph : glyphs) {
                assertTrue(glyph.getFont().getName().contains("NotoSansArmenian"), glyph.getFont().getName());
                int[] box = box(glyph, dpi / 72f);
                assertTrue(ink(drawn, box) > 10, "the letter " + glyph.getUnicode() + " is drawn");
            }
            int[] word = union(glyphs, dpi / 72f);
            assertTrue(differs(drawn, plainPage, word), "the letters are not the '#' the page has without the brand");
        }
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }

    /** The Armenian glyphs of a page, in the order drawn. */
    private static List<TextPosition> glyphs(PDDocument document, int index) throws IOException {
        List<TextPosition> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition position : positions) {
                    if (Character.UnicodeBlock.of(position.getUnicode().codePointAt(0)) == Character.UnicodeBlock.ARMENIAN) {
                        found.add(position);
                    }
                }
                super.writeString(text, positions);
            }
        };
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        stripper.getText(document);
        return found;
    }

    /** A glyph's box in pixels: left, top, right, bottom. */
    private static int[] box(TextPosition glyph, float scale) {
        return new int[] {Math.round(glyph.getXDirAdj() * scale), Math.round((glyph.getYDirAdj() - glyph.getHeightDir()) * scale),
                Math.round((glyph.getXDirAdj() + glyph.getWidthDirAdj()) * scale), Math.round(glyph.getYDirAdj() * scale) + 1};
    }

    private static int[] union(List<TextPosition> glyphs, float scale) {
        int[] all = box(glyphs.get(0), scale);
        for (TextPosition glyph : glyphs) {
            int[] one = box(glyph, scale);
            all = new int[] {Math.min(all[0], one[0]), Math.min(all[1], one[1]), Math.max(all[2], one[2]), Math.max(all[3], one[3])};
        }
        return all;
    }

    /** The dark pixels inside a box. */
    private static int ink(BufferedImage image, int[] box) {
        int dark = 0;
        for (int y = box[1]; y < box[3]; y++) {
            for (int x = box[0]; x < box[2]; x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static boolean differs(BufferedImage one, BufferedImage other, int[] box) {
        for (int y = box[1]; y < box[3]; y++) {
            for (int x = box[0]; x < box[2]; x++) {
                if (one.getRGB(x, y) != other.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
