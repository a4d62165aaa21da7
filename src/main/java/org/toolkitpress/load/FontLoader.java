package org.toolkitpress.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
 * maps when first asked about. A missing file, or one that is not TrueType, is an error at the
 * line that names it.
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

    /** A face and its files; null when it is not written or the schema refused it. */
    private PrintFonts.Face face(String id, Fields face) {
        if (face == null || face.refused() || face.text("family") == null || face.child("files") == null) {
            return null;
        }
        Fields styles = face.child("files");
        // A face's files are those written beside its regular file: a brand that gives a face a
        // regular file of its own does not inherit the theme's italic and bold of another font.
        String writtenIn = styles.pos("regular").path();
        List<PrintFonts.FontFile> found = new ArrayList<>();
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
            String notTrueType = notTrueType(file.get());
            if (notTrueType != null) {
                diagnostics.error(pos, "cannot read the font " + name + " as TrueType: " + notTrueType,
                        "give a .ttf file (the PDF engine cannot read WOFF or WOFF2): most font packages ship one");
                continue;
            }
            found.add(new PrintFonts.FontFile(file.get(), style.weight(), style.italic(), pos));
        }
        List<Path> paths = found.stream().map(PrintFonts.FontFile::file).toList();
        return new PrintFonts.Face(id, face.text("family"), List.copyOf(found), new Coverage(paths, read));
    }

    /**
     * Why a file is not a TrueType font, by the tag its first four bytes hold (the sfnt version
     * TrueType and OpenType files begin with), or null when it is one. Only this is judged when
     * the content loads: the character maps are read when a character is first asked about.
     */
    private static String notTrueType(Path file) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return "the file is shorter than a font's header";
            }
        } catch (IOException e) {
            return e.getMessage();
        }
        String tag = new String(head, StandardCharsets.ISO_8859_1);
        return switch (tag) {
            case "\u0000\u0001\u0000\u0000", "true", "OTTO" -> null;
            case "wOFF" -> "it is a WOFF file";
            case "wOF2" -> "it is a WOFF2 file";
            default -> "it does not begin as a TrueType or OpenType font does";
        };
    }

    /**
     * What every file of a face draws: the code points each file's Unicode character map gives a
     * glyph, whole Unicode included, read with PDFBox's fontbox the first time it is asked for
     * (a web-only build of a toolkit that prints nothing loads no PDF class). A file whose map
     * cannot be read draws nothing, so check warns about every character it would have drawn;
     * the PDF engine then refuses the file itself.
     */
    private static final class Coverage implements Supplier<BitSet> {

        private final List<Path> files;
        private final Map<Path, BitSet> read;
        private volatile BitSet drawn;

        Coverage(List<Path> files, Map<Path, BitSet> read) {
            this.files = files;
            this.read = read;
        }

        @Override
        public BitSet get() {
            BitSet known = drawn;
            if (known == null) {
                synchronized (read) {
                    if (drawn == null) {
                        BitSet all = null;
                        for (Path file : files) {
                            BitSet each = read.computeIfAbsent(file, CharacterMap::drawnBy);
                            if (all == null) {
                                all = (BitSet) each.clone();
                            } else {
                                all.and(each);
                            }
                        }
                        drawn = all == null ? new BitSet() : all;
                    }
                    known = drawn;
                }
            }
            return known;
        }
    }

    /**
     * A font file's Unicode character map, read with fontbox: a class of its own, so verifying
     * {@link Coverage} loads no fontbox class before a character is asked about.
     */
    private static final class CharacterMap {

        private CharacterMap() {
        }

        static BitSet drawnBy(Path file) {
            BitSet drawn = new BitSet();
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(file)))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                if (cmap == null) {
                    return drawn;
                }
                for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                    List<Integer> codes = cmap.getCharCodes(glyph);
                    if (codes != null) {
                        codes.forEach(drawn::set);
                    }
                }
            } catch (IOException | RuntimeException e) {
                return new BitSet();
            }
            return drawn;
        }
    }
}
