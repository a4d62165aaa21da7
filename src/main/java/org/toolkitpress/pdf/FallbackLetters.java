package org.toolkitpress.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.toolkitpress.model.PrintFonts;

/**
 * The print fonts of templates/fonts.yml ({@link PrintFonts}, which the load stage read with the
 * characters each face draws) as the print HTML and CSS use them: the family names print.css
 * refers to by {@code var(--font-reading)} and {@code var(--font-code)}, a class per fallback
 * listing the reading face and the fallbacks up to it, and the marking of the elements holding
 * characters the reading face lacks. One rule for every character: it comes from the first
 * fallback, in order, that has it — by default Welsh ŵ ŷ ẁ ẃ ẅ ỳ from Atkinson Hyperlegible Next,
 * symbols such as ✓ ✗ from Noto Sans Symbols 2, and whatever a brand's own fallback adds.
 *
 * <p>Why marked, not the fallbacks listed on the whole document: the engine takes a character
 * the first family lacks from the next one, but it sizes every line by the largest ascent and
 * descent of all the families listed, so listing Next for all text moved every English line by a
 * fraction of a point and changed every PDF. Only the elements holding such characters list
 * fallbacks, so a PDF without them is the same bytes as before.
 */
record FallbackLetters(PrintFonts fonts) {

    /**
     * Text the engine does not draw in the reading face: a text area's text is a form field's
     * value, drawn in the form font; code is set in the code face; the others are never drawn.
     */
    private static final Set<String> SKIPPED = Set.of("textarea", "option", "code", "kbd", "samp", "pre", "tt",
            "script", "style", "title", "head", "bookmarks");

    /** The class marking an element whose text needs {@code fallback} (or an earlier one). */
    static String cssClass(PrintFonts.Face fallback) {
        return "letters-" + fallback.id();
    }

    /**
     * The index in the fallbacks of the font {@code codePoint} is taken from: the first that draws
     * it; -1 when the reading face draws it or no fallback does (the engine's "#"), and for white
     * space and control characters, which the engine lays out rather than draws: Noto fonts map
     * the line feed and carriage return, so every paragraph would otherwise have been marked and
     * every line sized by the symbols font too.
     */
    int fallbackFor(int codePoint) {
        if (fonts.reading().draws(codePoint) || Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
            return -1;
        }
        List<PrintFonts.Face> fallbacks = fonts.fallbacks();
        for (int i = 0; i < fallbacks.size(); i++) {
            if (fallbacks.get(i).draws(codePoint)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The print CSS with the faces written in: the class of each fallback, which lists the
     * reading face then the fallbacks up to that one, in order (so each character of a marked
     * element comes from the first family that has it, and an element needing only an earlier
     * fallback is not sized by a later one), put before {@code css}, whose {@code var(--font-reading)}
     * and {@code var(--font-code)} become the families' names (the engine has no custom properties).
     * Before print.css's own rules, as they were when print.css named them: a form's box keeps
     * its own family.
     */
    String css(String css) {
        StringBuilder rules = new StringBuilder("/* The print fonts' fallbacks (templates/fonts.yml, pdf/FallbackLetters). */\n");
        List<String> families = new ArrayList<>(List.of(quoted(fonts.reading().family())));
        for (PrintFonts.Face fallback : fonts.fallbacks()) {
            families.add(quoted(fallback.family()));
            rules.append('.').append(cssClass(fallback)).append(" { font-family: ").append(String.join(", ", families)).append("; }\n");
        }
        return rules + css.replace("var(--font-reading)", quoted(fonts.reading().family()))
                .replace("var(--font-code)", quoted(fonts.code().family()));
    }

    /** A family name as CSS writes it; the schema allows only letters, digits, spaces, hyphens and underscores. */
    private static String quoted(String family) {
        return '"' + family + '"';
    }

    /**
     * Leaves variation selectors out of the text ({@link #withoutSelectors}), and marks each
     * element whose own text holds a character that needs a fallback with the class of
     * the last fallback any of them needs: the engine takes each character from the first family
     * that has it, in one run of text, so the words read (and copy) in order. A span of its own
     * around the characters would be an inline box the engine paints after the rest of its line,
     * and text extraction then put "ŷ" at the line's end.
     */
    void mark(Document html) {
        Map<Element, Integer> last = new LinkedHashMap<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.parentNode() instanceof Element parent && !skipped(text)) {
                String plain = withoutSelectors(text.getWholeText());
                if (plain != null) {
                    text.text(plain);
                }
                int needed = text.getWholeText().codePoints().map(this::fallbackFor).max().orElse(-1);
                if (needed >= 0) {
                    last.merge(parent, needed, Math::max);
                }
            }
        }, html.body());
        last.forEach((element, index) -> element.addClass(cssClass(fonts.fallbacks().get(index))));
    }

    /**
     * The text without its variation selectors (U+FE00–FE0F, U+E0100–E01EF), or null when it has
     * none. A selector asks for a character's text or emoji presentation (phone keyboards type
     * "✔️" as ✔ and U+FE0F); no font draws it, and the engine drew it as "#" after the character.
     * On paper, in one colour, the character is the same either way, so print leaves it out.
     */
    static String withoutSelectors(String text) {
        int i = 0;
        while (i < text.length() && !selector(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == text.length()) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !selector(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean selector(int codePoint) {
        return (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    private static boolean skipped(TextNode text) {
        for (Node up = text.parent(); up instanceof Element element; up = element.parent()) {
            if (SKIPPED.contains(element.normalName())) {
                return true;
            }
        }
        return false;
    }
}
