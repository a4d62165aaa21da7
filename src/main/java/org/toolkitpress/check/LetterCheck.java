package org.toolkitpress.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Edition;
import org.toolkitpress.model.Letter;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.PrintFonts;
import org.toolkitpress.model.Toolkit;

/**
 * Warns about every character the print edition would draw with no font — no face of
 * templates/fonts.yml has a glyph for it, so the PDF engine prints "#" — once per character per
 * file, at the first place it is written. Only what a PDF prints is judged: the pages of the
 * sections a PDF edition prints, and (when the toolkit declares any PDF) the data files,
 * toolkit.yml and brand.yml, whose texts the covers, components and forms print. A warning, not an
 * error: the website shows the character (a browser falls back on the reader's own fonts), and
 * the PDFs are still made.
 */
final class LetterCheck {

    /** Where docs/pdf.md says how to add a font. */
    static final String FONT_DOC = "docs/pdf.md#adding-a-font-for-a-script";

    private final Toolkit toolkit;
    private final Diagnostics diagnostics;

    LetterCheck(Toolkit toolkit, Diagnostics diagnostics) {
        this.toolkit = toolkit;
        this.diagnostics = diagnostics;
    }

    void run() {
        PrintFonts fonts = toolkit.fonts();
        if (fonts.isNone() || toolkit.info().editions().isEmpty()) {
            return;
        }
        Set<String> sections = new HashSet<>();
        toolkit.info().editions().stream().filter(e -> e.kind() == Edition.Kind.PAGES).forEach(e -> sections.addAll(e.sections()));
        List<Letter> printed = new ArrayList<>(toolkit.letters());
        for (Page page : toolkit.pages()) {
            if (sections.contains(page.section())) {
                printed.addAll(page.letters());
            }
        }
        Set<String> warned = new HashSet<>();
        for (Letter letter : printed) {
            int c = letter.codePoint();
            if (!fonts.draws(c, letter.code()) && warned.add(letter.pos().path() + "#" + c)) {
                diagnostics.warning(letter.pos(), describe(c) + (letter.code() ? " in code" : "")
                        + " has no font in the print edition; it would print as \"#\"", hint(c, letter.code(), fonts));
            }
        }
    }

    /** {@code "ỹ" (U+1EF9 LATIN SMALL LETTER Y WITH TILDE)}. */
    static String describe(int codePoint) {
        return Letter.describe(codePoint);
    }

    private static String hint(int codePoint, boolean code, PrintFonts fonts) {
        if (code) {
            return "code is set in " + fonts.code().family() + " alone: write the character outside the code, or give "
                    + "templates/fonts.yml a code face that has it (" + FONT_DOC + ")";
        }
        if (emoji(codePoint)) {
            return "the PDF engine cannot draw colour emoji: write it in words, or add a black-and-white emoji font as a fallback "
                    + "in templates/fonts.yml (docs/pdf.md#emoji)";
        }
        return "add a font that has it as a fallback in templates/fonts.yml (a brand: brands/ID/templates/fonts.yml), "
                + "as " + FONT_DOC + " shows";
    }

    /** The blocks of pictographs browsers draw as colour emoji. */
    static boolean emoji(int codePoint) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.EMOTICONS
                || block == Character.UnicodeBlock.MISCELLANEOUS_SYMBOLS_AND_PICTOGRAPHS
                || block == Character.UnicodeBlock.TRANSPORT_AND_MAP_SYMBOLS
                || block == Character.UnicodeBlock.SUPPLEMENTAL_SYMBOLS_AND_PICTOGRAPHS
                || block == Character.UnicodeBlock.SYMBOLS_AND_PICTOGRAPHS_EXTENDED_A
                || (codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF);
    }
}
