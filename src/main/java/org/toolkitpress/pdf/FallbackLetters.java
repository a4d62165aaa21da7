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
 * <p>Why marked, not a second family in print.css's {@code font-family} list: the engine takes a
 * letter the first family lacks from the next one, but it sizes every line by the largest
 * ascent and descent of all the families listed, so listing Next moved every English line by a
 * fraction of a point and changed every PDF. Marked runs ({@code <span class="letters-next">},
 * set in Next by print.css) change only the lines that hold such letters.
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

    /** Wraps each run of letters that need the fallback in a span of {@link #CLASS}. */
    void mark(Document html) {
        List<TextNode> texts = new java.util.ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !skipped(text) && text.getWholeText().codePoints().anyMatch(this::needsFallback)) {
                texts.add(text);
            }
        }, html.body());
        texts.forEach(this::mark);
    }

    private void mark(TextNode text) {
        String whole = text.getWholeText();
        List<Node> parts = new java.util.ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < whole.length()) {
            int cp = whole.codePointAt(i);
            if (!needsFallback(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < whole.length() && needsFallback(whole.codePointAt(end))) {
                end += Character.charCount(whole.codePointAt(end));
            }
            if (i > start) {
                parts.add(new TextNode(whole.substring(start, i)));
            }
            parts.add(new Element("span").addClass(CLASS).appendText(whole.substring(i, end)));
            start = i = end;
        }
        if (start < whole.length()) {
            parts.add(new TextNode(whole.substring(start)));
        }
        for (Node part : parts) {
            text.before(part);
        }
        text.remove();
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
