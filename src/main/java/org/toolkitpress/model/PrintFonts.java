package org.toolkitpress.model;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * The print edition's fonts as {@code templates/fonts.yml} declares them (a brand's copy merged
 * over the theme's): the reading face, the fallbacks tried in order for each character it lacks,
 * the code face and the file form fields are drawn in, with the characters each face draws,
 * read from its own files. The one list the PDF engine is given its fonts from, print CSS gets
 * its families from, and the check stage asks whether a character can be printed at all.
 *
 * @param reading   the face every text is set in
 * @param fallbacks tried in order for a character the reading face lacks
 * @param code      the face code is set in, with no fallback
 * @param form      the file form fields are drawn in, embedded whole (null when not declared)
 * @param pos       where the list is written (fonts.yml)
 */
public record PrintFonts(Face reading, List<Face> fallbacks, Face code, Path form, SourcePos pos) {

    /** No fonts: a toolkit built in code rather than loaded, which the check stage does not judge. */
    public static final PrintFonts NONE = new PrintFonts(null, List.of(), null, null, SourcePos.file("(no fonts)"));

    public boolean isNone() {
        return reading == null;
    }

    /**
     * Whether printed text can draw {@code codePoint}: code from the code face alone, any other
     * text from the reading face or a fallback.
     */
    public boolean draws(int codePoint, boolean inCode) {
        if (inCode) {
            return code != null && code.draws(codePoint);
        }
        return (reading != null && reading.draws(codePoint)) || fallbacks.stream().anyMatch(f -> f.draws(codePoint));
    }

    /**
     * One face.
     *
     * @param id     the fallback's id (its print class is {@code letters-<id>}), or "reading", "code"
     * @param family the family name the PDF engine knows it by
     * @param files  its files, one a style
     * @param drawn  the code points every one of its files draws, read from the files the first
     *               time a character is asked about (a build that prints nothing never reads
     *               them); never changed once read
     */
    public record Face(String id, String family, List<FontFile> files, Supplier<BitSet> drawn) {

        public boolean draws(int codePoint) {
            return drawn.get().get(codePoint);
        }
    }

    /**
     * One file of a face.
     *
     * @param file   the TrueType file, found through the layers (brand, project, theme)
     * @param weight 400 or 700
     * @param italic whether it is the italic style
     * @param pos    where fonts.yml names it
     */
    public record FontFile(Path file, int weight, boolean italic, SourcePos pos) {
    }
}
