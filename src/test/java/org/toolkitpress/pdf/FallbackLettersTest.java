package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * Which letters the theme's reading face lacks and Atkinson Hyperlegible Next supplies, read
 * from the font files themselves; which elements of the print HTML are marked for them; and the
 * web's unicode-range for Next covering the same letters.
 */
class FallbackLettersTest {

    private static final Path FONTS = TestSites.projectRoot().resolve("templates/assets/fonts");
    private static final FallbackLetters LETTERS = FallbackLetters.of(
            faces("AtkinsonHyperlegible_"), faces("AtkinsonHyperlegibleNext_"));

    /** Every accented letter of Welsh, lower and upper case. */
    private static final String WELSH = "âêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ";

    private static List<Path> faces(String prefix) {
        return List.of("400Regular", "400Regular_Italic", "700Bold", "700Bold_Italic").stream()
                .map(style -> FONTS.resolve(prefix + style + ".ttf")).toList();
    }

    @Test
    void theWelshLettersTheReadingFaceLacksComeFromNextAndNoOthers() {
        StringBuilder fallback = new StringBuilder();
        (WELSH + WELSH.toUpperCase(java.util.Locale.ROOT)).codePoints().forEach(c -> {
            assertTrue(LETTERS.reading().get(c) || LETTERS.next().get(c), "one of the two draws " + Character.toString(c));
            if (LETTERS.needsFallback(c)) {
                fallback.appendCodePoint(c);
            }
        });
        assertEquals("ŵŷẃẁỳẅŴŶẂẀỲẄ", fallback.toString());
        assertFalse(LETTERS.needsFallback('a'));
        assertFalse(LETTERS.needsFallback('#'));
    }

    @Test
    void onlyElementsWhoseOwnTextHoldsSuchALetterAreMarked() {
        Document html = Jsoup.parse("<body><p id=en>Hilltop <em>Primary</em></p><p id=cy>Ysgol <strong id=b>Bryn Tŷ</strong> dŵr</p>"
                + "<h2 id=h>Croeso i Dŵr</h2><p id=code>Type <code>tŷ</code></p><textarea id=t>tŷ</textarea></body>");
        LETTERS.mark(html);
        List<String> marked = new ArrayList<>();
        html.select("." + FallbackLetters.CLASS).forEach(e -> marked.add(e.id()));
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
            LETTERS.next().stream().filter(LETTERS::needsFallback).filter(Character::isLetter)
                    .filter(c -> !inRange(range, c)).forEach(c -> missing.add(Character.toString(c)));
            assertEquals(List.of(), missing, "letters Next must draw on the web: " + range);
            assertFalse(inRange(range, ' '), "a space is the reading face's, which sets the line height");
        }
        assertEquals(4, faces, "the four styles of Next");
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
