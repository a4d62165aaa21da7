package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.load.Load;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.PrintFonts;
import org.toolkitpress.testing.TestSites;

/**
 * Which letters the theme's reading face lacks and Atkinson Hyperlegible Next supplies, read
 * from the font files themselves; which elements of the print HTML are marked for them; and the
 * web's unicode-range for Next covering the same letters.
 */
class FallbackLettersTest {

    private static final PrintFonts FONTS = defaultFonts();
    private static final FallbackLetters LETTERS = new FallbackLetters(FONTS);
    private static final int NEXT = 0;
    private static final int SYMBOLS = 1;

    /** The theme's fonts as templates/fonts.yml names them, read from the files themselves. */
    private static PrintFonts defaultFonts() {
        Diagnostics diagnostics = new Diagnostics();
        PrintFonts fonts = Load.fonts(Configure.settings(TestSites.projectRoot(), null, false), diagnostics);
        assertEquals(List.of(), diagnostics.sorted().stream().map(Diagnostic::format).toList());
        return fonts;
    }

    /** Every accented letter of Welsh, lower and upper case. */
    private static final String WELSH = "âêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ";

    @Test
    void theWelshLettersTheReadingFaceLacksComeFromNextAndNoOthers() {
        StringBuilder fallback = new StringBuilder();
        (WELSH + WELSH.toUpperCase(java.util.Locale.ROOT)).codePoints().forEach(c -> {
            assertTrue(FONTS.reading().draws(c) || FONTS.fallbacks().get(NEXT).draws(c), "one of the two draws " + Character.toString(c));
            if (LETTERS.fallbackFor(c) == NEXT) {
                fallback.appendCodePoint(c);
            }
        });
        assertEquals("ŵŷẃẁỳẅŴŶẂẀỲẄ", fallback.toString());
        assertEquals(-1, LETTERS.fallbackFor('a'));
        assertEquals(-1, LETTERS.fallbackFor('#'));
    }

    /** ✓ ✗ (the default content's tips table) are in neither Atkinson face: they come from Noto Sans Symbols 2. */
    @Test
    void ticksAndCrossesComeFromTheSymbolsFont() {
        for (int c : "✓✗✔✘".codePoints().toArray()) {
            assertFalse(FONTS.reading().draws(c) || FONTS.fallbacks().get(NEXT).draws(c), Character.toString(c));
            assertEquals(SYMBOLS, LETTERS.fallbackFor(c), Character.toString(c));
        }
        assertEquals(-1, LETTERS.fallbackFor('↩'), "no bundled font has the back-link arrow, which print leaves out (PrintHtml)");
    }

    @Test
    void anElementIsMarkedForTheLastFallbackItsTextNeeds() {
        Document html = Jsoup.parse("<body><p id=cy>tŷ</p><p id=tick>Yes ✓</p><p id=both>tŷ ✗</p><p id=en>No</p></body>");
        LETTERS.mark(html);
        assertEquals("letters-next", html.getElementById("cy").className());
        assertEquals("letters-symbols", html.getElementById("tick").className());
        assertEquals("letters-symbols", html.getElementById("both").className());
        assertEquals("", html.getElementById("en").className());
    }

    /**
     * White space and control characters are laid out, not drawn: Noto Sans Symbols 2 maps some
     * of them and the reading face does not, and marking every paragraph for it moved every line
     * of every English PDF.
     */
    @Test
    void whiteSpaceAndControlsNeverNeedAFallback() {
        for (int c : new int[] {'\n', '\r', '\t', ' ', 0, 0x7F, 0x85}) {
            assertEquals(-1, LETTERS.fallbackFor(c), "U+" + Integer.toHexString(c));
        }
        Document html = Jsoup.parse("<body><p id=en>Line one\r\nline two\tand\u0085more</p></body>");
        LETTERS.mark(html);
        assertEquals("", html.getElementById("en").className());
    }

    /**
     * The print CSS gives each fallback's class the reading face then every fallback up to that
     * one, in order, so each character comes from the first font that has it; the families come
     * from templates/fonts.yml alone: print.css names none (but the form's own alias).
     */
    @Test
    void thePrintCssListsEachClassesFallbacksInOrderFromTheFontsFile() throws IOException {
        String printCss = Files.readString(TestSites.projectRoot().resolve("templates/assets/css/print.css"));
        assertFalse(printCss.contains("Atkinson") || printCss.contains("Noto"), "print.css names no font: fonts.yml does");
        String css = LETTERS.css(printCss);
        assertTrue(css.contains(".letters-next { font-family: \"Atkinson Hyperlegible\", \"Atkinson Hyperlegible Next\"; }"), css);
        assertTrue(css.contains(".letters-symbols { font-family: \"Atkinson Hyperlegible\", \"Atkinson Hyperlegible Next\", "
                + "\"Noto Sans Symbols 2\"; }"), css);
        assertTrue(css.contains("html { font-family: \"Atkinson Hyperlegible\"; font-size: 11pt;"), css);
        assertTrue(css.contains("code, kbd, samp, pre, tt { font-family: \"Atkinson Hyperlegible Mono\";"), css);
        assertFalse(css.contains("var(--font-"), "every family is written in");
    }

    /** A variation selector (a phone keyboard's ✔️ is ✔ and U+FE0F) is drawn by no font: the engine drew "#"; print leaves it out. */
    @Test
    void variationSelectorsAreLeftOutOfPrintedText() {
        Document html = Jsoup.parse("<body><p id=vs>Done \u2714\uFE0F and \u2714\uFE0E here</p><p id=en>Plain</p>"
                + "<textarea id=t>kept \u2714\uFE0F</textarea></body>");
        LETTERS.mark(html);
        assertEquals("Done \u2714 and \u2714 here", html.getElementById("vs").text());
        assertEquals("letters-symbols", html.getElementById("vs").className());
        assertEquals("kept \u2714\uFE0F", html.getElementById("t").text(), "a form field's value is the school's, as typed");
        assertEquals(null, FallbackLetters.withoutSelectors("Plain"));
    }

    @Test
    void onlyElementsWhoseOwnTextHoldsSuchALetterAreMarked() {
        Document html = Jsoup.parse("<body><p id=en>Hilltop <em>Primary</em></p><p id=cy>Ysgol <strong id=b>Bryn Tŷ</strong> dŵr</p>"
                + "<h2 id=h>Croeso i Dŵr</h2><p id=code>Type <code>tŷ</code></p><textarea id=t>tŷ</textarea></body>");
        LETTERS.mark(html);
        List<String> marked = new ArrayList<>();
        html.select(".letters-next").forEach(e -> marked.add(e.id()));
        assertEquals(List.of("cy", "b", "h"), marked);
        assertEquals("Ysgol Bryn Tŷ dŵr", html.getElementById("cy").text(), "the words are left as they were");
    }

    /** site.css names Next for the letters by unicode-range: every letter needing the fallback is in it. */
    @Test
    void theWebsUnicodeRangeForNextHoldsEveryLetterThatNeedsIt() throws IOException {
        String css = Files.readString(TestSites.projectRoot().resolve("templates/assets/css/site.css"));
        Matcher face = Pattern.compile("@font-face \\{[^}]*\"Atkinson Hyperlegible Next\"[^}]*unicode-range: ([^;]+);").matcher(css);
        int faces = 0;
        while (face.find()) {
            faces++;
            String range = face.group(1);
            List<String> missing = new ArrayList<>();
            FONTS.fallbacks().get(NEXT).drawn().get().stream().filter(c -> LETTERS.fallbackFor(c) == NEXT).filter(Character::isLetter)
                    .filter(c -> !inRange(range, c)).forEach(c -> missing.add(Character.toString(c)));
            assertEquals(List.of(), missing, "letters Next must draw on the web: " + range);
            assertFalse(inRange(range, ' '), "a space is the reading face's, which sets the line height");
        }
        assertEquals(4, faces, "the four styles of Next");
    }

    /**
     * site.css names Noto Sans Symbols 2 for dingbats by unicode-range: it holds ✓ ✗ ✔ ✘, and
     * only characters the print edition also takes from it, so web and paper draw the same glyph.
     */
    @Test
    void theWebsUnicodeRangeForSymbolsHoldsTicksAndCrossesAndOnlyWhatPrintTakesFromIt() throws IOException {
        String css = Files.readString(TestSites.projectRoot().resolve("templates/assets/css/site.css"));
        Matcher face = Pattern.compile("@font-face \\{[^}]*\"Noto Sans Symbols 2\"[^}]*unicode-range: ([^;]+);").matcher(css);
        assertTrue(face.find(), "site.css has Noto Sans Symbols 2");
        String range = face.group(1);
        "✓✗✔✘".codePoints().forEach(c -> assertTrue(inRange(range, c), Character.toString(c)));
        assertFalse(inRange(range, ' '));
        for (int c = 0; c <= 0xFFFF; c++) {
            if (inRange(range, c)) {
                assertEquals(SYMBOLS, LETTERS.fallbackFor(c), "U+" + Integer.toHexString(c));
            }
        }
        assertTrue(css.contains("--font-body: \"Atkinson Hyperlegible Next\", \"Atkinson Hyperlegible\", \"Noto Sans Symbols 2\","), "listed in the body font");
    }

    private static boolean inRange(String ranges, int c) {
        for (String one : ranges.split(",")) {
            String[] ends = one.strip().substring(2).split("-");
            int from = Integer.parseInt(ends[0], 16);
            int to = ends.length > 1 ? Integer.parseInt(ends[1], 16) : from;
            if (c >= from && c <= to) {
                return true;
            }
        }
        return false;
    }
}
