package org.toolkitpress.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The letters the reading face (Atkinson Hyperlegible) lacks and its fallback (Atkinson
 * Hyperlegible Next) has, such as Welsh ŵ ŷ ẁ ẃ ẅ ỳ, read from the theme's own font files (a brand
 * may replace them), and the marking of those letters in the print HTML.
 *
 * <p>Why marked, not a second family on the whole document in print.css: the engine takes a
 * letter the first family lacks from the next one, but it sizes every line by the largest
 * ascent and descent of all the families listed, so listing Next for all text moved every
 * English line by a fraction of a point and changed every PDF. Only the elements holding such
 * letters list Next, so a PDF without them is the same bytes as before.
 *
 * @param reading the code points every style of the reading face draws
 * @param next    the code points every style of the fallback draws
 */
record FallbackLetters(BitSet reading, BitSet next) {

    /** The class print.css sets in the fallback family. */
    static final String CLASS = "letters-next";

    /**
     * Text the engine does not draw in the reading face: a text area's text is a form field's
     * value, drawn in the form font; code is set in Atkinson Hyperlegible Mono, which has these
     * letters; the others are never drawn.
     */
    private static final Set<String> SKIPPED = Set.of("textarea", "option", "code", "kbd", "samp", "pre", "tt",
            "script", "style", "title", "head", "bookmarks");

    static FallbackLetters of(List<Path> readingFaces, List<Path> fallbackFaces) {
        return new FallbackLetters(drawnByAll(readingFaces), drawnByAll(fallbackFaces));
    }

    /** Whether the engine must take {@code codePoint} from the fallback. */
    boolean needsFallback(int codePoint) {
        return !reading.get(codePoint) && next.get(codePoint);
    }

    /**
     * Marks each element whose own text holds a letter that needs the fallback with
     * {@link #CLASS}, which print.css sets in the reading face then the fallback: the engine takes
     * each letter from the first family that has it, in one run of text, so the words read (and
     * copy) in order. A span of its own around the letters would be an inline box the engine
     * paints after the rest of its line, and text extraction then put "ŷ" at the line's end.
     */
    void mark(Document html) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.parentNode() instanceof Element parent && !skipped(text)
                    && text.getWholeText().codePoints().anyMatch(this::needsFallback)) {
                parent.addClass(CLASS);
            }
        }, html.body());
    }

    private static boolean skipped(TextNode text) {
        for (Node up = text.parent(); up instanceof Element element; up = element.parent()) {
            if (SKIPPED.contains(element.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** The code points every one of {@code faces} maps to a glyph (its Unicode cmap). */
    private static BitSet drawnByAll(List<Path> faces) {
        BitSet all = null;
        for (Path face : faces) {
            BitSet drawn = new BitSet();
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(face)))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                for (int cp = 0; cp <= 0xFFFF; cp++) {
                    if (cmap.getGlyphId(cp) > 0) {
                        drawn.set(cp);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + face, e);
            }
            if (all == null) {
                all = drawn;
            } else {
                all.and(drawn);
            }
        }
        return all == null ? new BitSet() : all;
    }
}
