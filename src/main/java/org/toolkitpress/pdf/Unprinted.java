package org.toolkitpress.pdf;

import java.util.List;
import org.toolkitpress.model.Letter;
import org.toolkitpress.model.SourcePos;

/**
 * A header answer the running head and cover print as page text ({@link HeadLetters}) holding
 * characters no print face has: they print there as "#" (the field keeps and draws them as any
 * field).
 *
 * @param field   the header field's id
 * @param value   the answer as written
 * @param letters the characters no face has, each once, in the order first written
 * @param pos     where the answer was written in the response file
 */
public record Unprinted(String field, String value, List<String> letters, SourcePos pos) {

    /** What to do about characters the running head cannot print. */
    public static final String HINT = "the form's own field keeps the answer as written; to print it in the head, "
            + "add a font that has it as a fallback in templates/fonts.yml (docs/pdf.md#adding-a-font-for-a-script), "
            + "or write the name in letters the toolkit's fonts have";

    /** What a warning says of it. */
    public String describe() {
        int named = PrintEdition.Undrawn.NAMED;
        return "the answer \u201c" + value + "\u201d (header " + field + ") is printed in the running head of every page "
                + "and on the cover, where no font of the print edition has "
                + String.join(", ", letters.stream().limit(named).map(l -> Letter.describe(l.codePointAt(0))).toList())
                + (letters.size() > named ? " and " + (letters.size() - named) + " more" : "")
                + ": " + (letters.size() == 1 ? "it prints" : "they print") + " as \"#\" there";
    }
}
