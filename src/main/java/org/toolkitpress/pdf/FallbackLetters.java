package org.toolkitpress.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The characters the reading face (Atkinson Hyperlegible) lacks and which fallback font draws
 * each, read from the theme's own font files (a brand may replace them), and the marking of the
 * elements holding them in the print HTML. One rule for every character: it comes from the first
 * fallback, in order, that has it — Welsh ŵ ŷ ẁ ẃ ẅ ỳ from Atkinson Hyperlegible Next, symbols
 * such as ✓ ✗ from Noto Sans Symbols 2.
 *
 * <p>Why marked, not the fallbacks listed on the whole document in print.css: the engine takes a
 * character the first family lacks from the next one, but it sizes every line by the largest
 * ascent and descent of all the families listed, so listing Next for all text moved every
 * English line by a fraction of a point and changed every PDF. Only the elements holding such
 * characters list fallbacks, so a PDF without them is the same bytes as before.
 *
 * @param reading   the code points every style of the reading face draws
 * @param fallbacks the fallbacks, in the order they are tried
 */
record FallbackLetters(BitSet reading, List<Fallback> fallbacks) {

    /**
     * A fallback font. print.css gives {@code cssClass} the reading face and every fallback up to
     * and including this one, in order, so each character of a marked element comes from the
     * first family that has it, and an element needing only an earlier fallback does not list
     * (and is not sized by) a later one.
     *
     * @param family   the family name the engine knows it by
     * @param cssClass the class marking an element whose text needs this fallback (or an earlier one)
     * @param drawn    the code points every one of its styles draws
     */
    record Fallback(String family, String cssClass, BitSet drawn) {

        static Fallback read(String family, String cssClass, List<Path> faces) {
            return new Fallback(family, cssClass, drawnByAll(faces));
        }
    }

    /**
     * Text the engine does not draw in the reading face: a text area's text is a form field's
     * value, drawn in the form font; code is set in Atkinson Hyperlegible Mono; the others are
     * never drawn.
     */
    private static final Set<String> SKIPPED = Set.of("textarea", "option", "code", "kbd", "samp", "pre", "tt",
            "script", "style", "title", "head", "bookmarks");

    static FallbackLetters of(List<Path> readingFaces, List<Fallback> fallbacks) {
        return new FallbackLetters(drawnByAll(readingFaces), List.copyOf(fallbacks));
    }

    /**
     * The index in {@link #fallbacks()} of the font {@code codePoint} is taken from: the first
     * that draws it; -1 when the reading face draws it or no fallback does (the engine's "#"),
     * and for white space and control characters, which the engine lays out rather than draws:
     * Noto fonts map the line feed and carriage return, so every paragraph would otherwise have
     * been marked and every line sized by the symbols font too.
     */
    int fallbackFor(int codePoint) {
        if (reading.get(codePoint) || Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
            return -1;
        }
        for (int i = 0; i < fallbacks.size(); i++) {
            if (fallbacks.get(i).drawn().get(codePoint)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Marks each element whose own text holds a character that needs a fallback with the class of
     * the last fallback any of them needs (print.css lists the reading face and the fallbacks up to
     * that one): the engine takes each character from the first family that has it, in one run of
     * text, so the words read (and copy) in order. A span of its own around the characters would be
     * an inline box the engine paints after the rest of its line, and text extraction then put "ŷ"
     * at the line's end.
     */
    void mark(Document html) {
        Map<Element, Integer> last = new LinkedHashMap<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.parentNode() instanceof Element parent && !skipped(text)) {
                int needed = text.getWholeText().codePoints().map(this::fallbackFor).max().orElse(-1);
                if (needed >= 0) {
                    last.merge(parent, needed, Math::max);
                }
            }
        }, html.body());
        last.forEach((element, index) -> element.addClass(fallbacks.get(index).cssClass()));
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
