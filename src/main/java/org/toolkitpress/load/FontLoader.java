package org.toolkitpress.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.PrintFonts;
import org.toolkitpress.model.SourcePos;

/**
 * Reads the print fonts: {@code templates/fonts.yml} (a brand's or project's copy merged over
 * the theme's, key by key, a fallback with a new id added after the others), each file found
 * through the layers, and the characters each face draws, read from the files' own character
 * maps. A missing or unreadable file is an error at the line that names it.
 */
final class FontLoader {

    static final String KIND = "fonts";
    static final String FILE = "templates/fonts.yml";

    /** A style's key in fonts.yml, its weight and whether it is italic, in the order the engine is given them. */
    private record Style(String key, int weight, boolean italic) {
    }

    private static final List<Style> STYLES = List.of(new Style("regular", 400, false), new Style("italic", 400, true),
            new Style("bold", 700, false), new Style("bold_italic", 700, true));

    private final LayeredFiles files;
    private final Diagnostics diagnostics;
    /** Each file's characters, read once though several faces name it (the form font is a fallback's file). */
    private final Map<Path, BitSet> read = new HashMap<>();

    private FontLoader(LayeredFiles files, Diagnostics diagnostics) {
        this.files = files;
        this.diagnostics = diagnostics;
    }

    static PrintFonts read(LayeredFiles files, DataLoader data, Diagnostics diagnostics) {
        Optional<Path> file = files.find(FILE);
        if (file.isEmpty()) {
            diagnostics.error(SourcePos.file(FILE), "the theme has no " + FILE + ", which names the print edition's fonts",
                    "restore it from a new project (toolkit new), or give the project's own templates/fonts.yml");
            return PrintFonts.NONE;
        }
        Fields f = data.fonts(file.get(), files.displayName(file.get()));
        if (f == null) {
            return PrintFonts.NONE;
        }
        FontLoader loader = new FontLoader(files, diagnostics);
        PrintFonts.Face reading = loader.face("reading", f.child("reading"));
        List<PrintFonts.Face> fallbacks = new ArrayList<>();
        Path form = null;
        for (Fields fallback : f.list("fallbacks")) {
            if (fallback.refused() || fallback.text("id") == null) {
                continue;
            }
            PrintFonts.Face face = loader.face(fallback.text("id"), fallback);
            if (face != null) {
                fallbacks.add(face);
                if (face.id().equals(f.text("form")) && !face.files().isEmpty() && face.files().get(0).weight() == 400
                        && !face.files().get(0).italic()) {
                    form = face.files().get(0).file();
                }
            }
        }
        if (f.text("form") != null && form == null) {
            diagnostics.error(f.pos("form"), "the form font \"" + f.text("form") + "\" is not the id of a fallback with a regular file",
                    "name the id of one of the fallbacks, e.g. next");
        }
        PrintFonts.Face code = loader.face("code", f.child("code"));
        if (reading == null || code == null) {
            return PrintFonts.NONE;
        }
        return new PrintFonts(reading, List.copyOf(fallbacks), code, form, f.pos());
    }

    /** A face and what all its files draw; null when it is not written or the schema refused it. */
    private PrintFonts.Face face(String id, Fields face) {
        if (face == null || face.refused() || face.text("family") == null || face.child("files") == null) {
            return null;
        }
        Fields styles = face.child("files");
        // A face's files are those written beside its regular file: a brand that gives a face a
        // regular file of its own does not inherit the theme's italic and bold of another font.
        String writtenIn = styles.pos("regular").path();
        List<PrintFonts.FontFile> found = new ArrayList<>();
        BitSet all = null;
        for (Style style : STYLES) {
            String name = styles.text(style.key());
            SourcePos pos = styles.pos(style.key());
            if (name == null || !pos.path().equals(writtenIn)) {
                continue;
            }
            Optional<Path> file = files.find("templates/" + name);
            if (file.isEmpty()) {
                diagnostics.error(pos, "the font file " + name + " is not in templates/ of the brand, the project or the theme",
                        "put the .ttf file at templates/" + name + " beside fonts.yml (in a brand: brands/ID/templates/"
                                + name + "), or correct the name");
                continue;
            }
            BitSet drawn = drawn(file.get(), name, pos);
            if (drawn == null) {
                continue;
            }
            found.add(new PrintFonts.FontFile(file.get(), style.weight(), style.italic(), pos));
            if (all == null) {
                all = (BitSet) drawn.clone();
            } else {
                all.and(drawn);
            }
        }
        return new PrintFonts.Face(id, face.text("family"), List.copyOf(found), all == null ? new BitSet() : all);
    }

    /**
     * The code points a TrueType file maps to a glyph (its Unicode character map), whole
     * Unicode included; null, with an error, when the file cannot be read as TrueType.
     */
    private BitSet drawn(Path file, String name, SourcePos pos) {
        BitSet known = read.get(file);
        if (known != null) {
            return known;
        }
        BitSet drawn = new BitSet();
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(file)))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            if (cmap == null) {
                throw new IOException("it has no Unicode character map");
            }
            for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                List<Integer> codes = cmap.getCharCodes(glyph);
                if (codes != null) {
                    codes.forEach(drawn::set);
                }
            }
        } catch (IOException | RuntimeException e) {
            diagnostics.error(pos, "cannot read the font " + name + " as TrueType: " + e.getMessage(),
                    "give a .ttf file (the PDF engine cannot read WOFF or WOFF2): most font packages ship one");
            return null;
        }
        read.put(file, drawn);
        return drawn;
    }
}
