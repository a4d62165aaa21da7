package org.toolkitpress.model;

/**
 * A character beyond ASCII that a text to be printed holds, at the first place it is written in
 * its file, so the check stage can tell whether the print edition has a font that draws it.
 * Characters that are laid out rather than drawn (spaces, controls, soft hyphens, joiners,
 * variation selectors) are never letters ({@link #drawn}).
 *
 * @param codePoint the character
 * @param pos       where it is first written in its file (in code, or outside it: see {@code code})
 * @param code      whether it is written in code, which prints in the code face alone
 */
public record Letter(int codePoint, SourcePos pos, boolean code) {

    /** How a message names a character: {@code "ỹ" (U+1EF9 LATIN SMALL LETTER Y WITH TILDE)}. */
    public static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return "\"" + Character.toString(codePoint) + "\" (U+" + String.format(java.util.Locale.ROOT, "%04X", codePoint)
                + (name == null ? "" : " " + name) + ")";
    }

    /**
     * Whether a printed character is drawn with a glyph of some font: false for white space,
     * control and format characters (soft hyphen, zero-width joiner, direction marks) and
     * variation selectors, which the PDF engine lays out or leaves out.
     */
    public static boolean drawn(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return false;
        }
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE) {
            return false;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block != Character.UnicodeBlock.VARIATION_SELECTORS
                && block != Character.UnicodeBlock.VARIATION_SELECTORS_SUPPLEMENT;
    }
}
