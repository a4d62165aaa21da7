package org.toolkitpress.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.toolkitpress.model.Letter;

/**
 * Which characters of an answer a form field's font draws, and what is drawn instead of the
 * others: the one rule for filling a field, kept by the browser's filling too
 * ({@code ToolkitAudit.pdf.drawnLetters} in audit-pdf-fill.js) and held with it to
 * src/test/resources/rules/field-letters-cases.json. A field's text is drawn in one font, so a
 * character that font lacks cannot be shown; the field's value keeps it all the same. The answer
 * is taken composed (NFC). A character is drawn when it is ASCII (every form font has it; a line
 * break is laid out, not drawn) or the font has it; else from its decomposed parts when the font
 * has every one (ỹ as y and a combining tilde; ế as ê and a combining acute when it has ê); else a space of another kind as a plain space, and
 * a control or format character or variation selector, which is laid out and never inked (the
 * print edition's rule, {@link Letter#drawn}), is left out; anything else is drawn as "?" and is <em>missing</em>: named, once each, in the order first
 * written, so the school is told which characters its PDF does not show.
 */
final class FieldLetters {

    private FieldLetters() {
    }

    /** {@code text}: what the field draws; {@code missing}: the characters shown as "?", each once. */
    record Drawn(String text, List<String> missing) {
    }

    /** How {@code value} is drawn in a font that has a glyph for each code point {@code has} accepts. */
    static Drawn draw(String value, IntPredicate has) {
        StringBuilder out = new StringBuilder();
        Set<String> missing = new LinkedHashSet<>();
        Normalizer.normalize(value, Normalizer.Form.NFC).codePoints().forEach(c -> {
            String letter = Character.toString(c);
            if (c < 0x80 || has.test(c)) {
                out.append(letter);
                return;
            }
            String parts = Normalizer.normalize(letter, Normalizer.Form.NFD);
            if (parts.codePointCount(0, parts.length()) > 1 && parts.codePoints().allMatch(p -> p < 0x80 || has.test(p))) {
                out.append(fromParts(parts, has));
            } else if (!Letter.drawn(c)) {
                // Laid out, never inked: a space of another kind as a plain one, anything else left out.
                out.append(Character.isSpaceChar(c) ? " " : "");
            } else {
                out.append('?');
                missing.add(letter);
            }
        });
        return new Drawn(out.toString(), new ArrayList<>(missing));
    }

    /**
     * A letter's decomposed parts as drawn: the longest start of them the font has as one letter,
     * then the rest (ế as ê and a combining acute, not e and two marks). A field's appearance
     * places no mark over its letter (no font positioning: docs/forms.md), so each mark a
     * precomposed letter carries is one less drawn beside it.
     */
    private static String fromParts(String parts, IntPredicate has) {
        int[] codes = parts.codePoints().toArray();
        for (int k = codes.length - 1; k > 1; k--) {
            String start = Normalizer.normalize(new String(codes, 0, k), Normalizer.Form.NFC);
            if (start.codePointCount(0, start.length()) == 1 && has.test(start.codePointAt(0))) {
                return start + new String(codes, k, codes.length - k);
            }
        }
        return parts;
    }
}
