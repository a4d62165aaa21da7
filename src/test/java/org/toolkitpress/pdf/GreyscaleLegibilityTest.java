package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/**
 * The stage and RAG colours print legibly in greyscale, for the default content and for every
 * shipped brand: the continuum page and the first question page of the Kent-style RAG form
 * (relational-approaches-audit) are rendered by poppler in greyscale ({@code pdftoppm -gray},
 * which turns each colour into grey as the PDF standard's DeviceRGB-to-DeviceGray rule does), and
 * in colour to find the coloured marks. Then, from the pixels alone:
 * <ul>
 * <li>every word on those pages — each stage's number, name and meaning in its header, each
 *     cell's stage tag, each option's label — has a contrast of at least 4.5:1 with the
 *     background right around it, in grey, by WCAG 2.2's definition of contrast (relative
 *     luminance of the sRGB grey, (L1 + 0.05) / (L2 + 0.05)), written out here rather than taken
 *     from the code under test;</li>
 * <li>two neighbouring stages' colour bands are told apart in grey (3:1, WCAG's contrast for
 *     graphics) or each carries its stage's name under it; each option's swatch has its label
 *     beside it — colour is never the only cue.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GreyscaleLegibilityTest {

    private static final int DPI = 200;
    private static final float SCALE = DPI / 72f;
    private static final double MM = DPI / 25.4;
    /** The continuum's stages as its data names them, left to right. */
    private static final List<String> STAGES = List.of("Pre-Trauma Aware", "Trauma Aware", "Trauma Sensitive",
            "Trauma Responsive", "Trauma Informed");
    private static final List<String> OPTIONS = List.of("Red", "Amber", "Green");

    /** Each build (the default content, then each brand): its guide with the continuum and its RAG form. */
    private final Map<String, Path> builds = new LinkedHashMap<>();
    private Path temp;

    @BeforeAll
    void build(@TempDir Path temp) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        this.temp = temp;
        TestSites.Built neutral = TestSites.built(TestSites.projectRoot(), true);
        builds.put("default", neutral.site().resolve("downloads"));
        Path project = temp.resolve("project");
        TestSites.copy(TestSites.projectRoot().resolve("content"), project);
        TestSites.copy(TestSites.projectRoot().resolve("brands"), project);
        TestSites.printOnly(project, """
                editions:
                  - id: trauma-informed-schools
                    sections: [trauma-informed-schools]
                  - id: relational-approaches-audit
                    audit: relational-approaches-audit
                """);
        try (var brands = Files.list(TestSites.projectRoot().resolve("brands"))) {
            for (Path brand : brands.filter(Files::isDirectory).sorted().toList()) {
                String id = brand.getFileName().toString();
                Path out = temp.resolve("site-" + id);
                Build.Result result = Build.run(Configure.settings(project, out, true, id).withPdf(true));
                assertTrue(result.published(), () -> id + ": " + result.diagnostics().sorted());
                builds.put(id, out.resolve("downloads"));
            }
        }
        assertEquals(4, builds.size(), "the default content and three brands: " + builds.keySet());
    }

    @Test
    void everyLabelOnTheContinuumAndTheRagFormReadsInGreyscale() throws Exception {
        List<String> illegible = new ArrayList<>();
        int words = 0;
        for (Map.Entry<String, Path> build : builds.entrySet()) {
            for (Page page : pages(build.getKey(), build.getValue())) {
                for (Word word : page.words()) {
                    words++;
                    double ratio = word.contrast(page.grey());
                    if (ratio < 4.5) {
                        illegible.add(page.name() + ": \"" + word.text() + "\" " + String.format(java.util.Locale.ROOT, "%.2f:1", ratio));
                    }
                }
            }
        }
        assertTrue(words > 800, "words measured: " + words);
        assertEquals(List.of(), illegible);
    }

    @Test
    void neighbouringStagesDifferInGreyOrEachIsNamedAndEachSwatchIsLabelled() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Path> build : builds.entrySet()) {
            List<Page> pages = pages(build.getKey(), build.getValue());
            Page continuum = pages.get(0);
            List<Band> bands = new ArrayList<>();
            for (int stage = 0; stage < STAGES.size(); stage++) {
                Word number = continuum.first("Stage " + (stage + 1)).orElseThrow(
                        () -> new AssertionError(continuum.name() + " has no stage header"));
                bands.add(Band.above(number, continuum));
            }
            for (int stage = 0; stage < bands.size(); stage++) {
                Band band = bands.get(stage);
                if (band.grey() < 0) {
                    problems.add(continuum.name() + ": no colour band over stage " + (stage + 1));
                    continue;
                }
                // The words in the band's column within 15 mm under it, read line by line.
                String under = continuum.words().stream()
                        .filter(w -> w.x0() >= band.x0() - 2 && w.x0() < band.x1() && w.y0() > band.y1() && w.y0() - band.y1() < 15 * MM)
                        .sorted(java.util.Comparator.comparingInt((Word w) -> w.y0() / 10).thenComparingInt(Word::x0))
                        .map(Word::text).collect(java.util.stream.Collectors.joining(" "));
                boolean named = under.contains(STAGES.get(stage));
                if (stage + 1 < bands.size() && bands.get(stage + 1).grey() >= 0) {
                    double apart = wcag(band.grey(), bands.get(stage + 1).grey());
                    if (apart < 3 && !named) {
                        problems.add(continuum.name() + ": stages " + (stage + 1) + " and " + (stage + 2)
                                + " look alike in grey and stage " + (stage + 1) + " is not named under its band");
                    }
                }
                if (!named) {
                    problems.add(continuum.name() + ": stage " + (stage + 1) + "'s band has no name under it");
                }
            }
            Page form = pages.get(1);
            for (String option : OPTIONS) {
                List<Word> labels = form.words().stream().filter(w -> w.text().equals(option)).toList();
                assertTrue(!labels.isEmpty(), form.name() + " prints the option " + option);
                for (Word label : labels) {
                    if (!swatchBefore(label, form)) {
                        problems.add(form.name() + ": the label \"" + option + "\" at y " + label.y0() + " has no coloured swatch beside it");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The measure can fail: a word drawn in mid grey on a light tint measures under 4.5:1, the
     * same word in near-black over 4.5:1 (WCAG: #777 on white is 4.48:1).
     */
    @Test
    void theMeasureTellsPaleTextFromDarkText() {
        for (int[] pair : new int[][] {{0x77, 0xf3, 0}, {0x0b, 0xf3, 1}}) {
            BufferedImage image = new BufferedImage(200, 60, BufferedImage.TYPE_BYTE_GRAY);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(new Color(pair[1], pair[1], pair[1]));
            g.fillRect(0, 0, 200, 60);
            g.setColor(new Color(pair[0], pair[0], pair[0]));
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 24));
            g.drawString("Stage", 20, 40);
            g.dispose();
            double ratio = new Word("Stage", 18, 15, 110, 46).contrast(image);
            assertEquals(pair[2] == 1, ratio >= 4.5, "text grey " + pair[0] + " on " + pair[1] + ": " + ratio);
        }
    }

    /** WCAG 2.2 contrast of two sRGB greys (0–255): relative luminance, then (L1 + 0.05) / (L2 + 0.05). */
    static double wcag(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int grey) {
        double c = grey / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** A printed word: its text and its box in pixels of the rendering (y down). */
    record Word(String text, int x0, int y0, int x1, int y1) {

        /**
         * The word's contrast in grey: the background is the commonest grey in its box and a
         * pixel's margin around it; the text is the grey furthest from it inside the box.
         */
        double contrast(BufferedImage grey) {
            int[] counts = new int[256];
            int pad = 2;
            for (int y = Math.max(0, y0 - pad); y < Math.min(grey.getHeight(), y1 + pad); y++) {
                for (int x = Math.max(0, x0 - pad); x < Math.min(grey.getWidth(), x1 + pad); x++) {
                    counts[grey.getRaster().getSample(x, y, 0)]++;
                }
            }
            int background = 0;
            for (int g = 1; g < 256; g++) {
                if (counts[g] > counts[background]) {
                    background = g;
                }
            }
            int text = background;
            for (int y = Math.max(0, y0); y < Math.min(grey.getHeight(), y1); y++) {
                for (int x = Math.max(0, x0); x < Math.min(grey.getWidth(), x1); x++) {
                    int g = grey.getRaster().getSample(x, y, 0);
                    if (Math.abs(g - background) > Math.abs(text - background)) {
                        text = g;
                    }
                }
            }
            return wcag(background, text);
        }
    }

    /** A colour band: where it is (pixels) and its median grey, or -1 when no colour was found. */
    record Band(int x0, int x1, int y0, int y1, int grey) {

        /** The coloured pixels over a stage's header (within 8 mm above its number), across its column. */
        static Band above(Word number, Page page) {
            int x0 = number.x0();
            int x1 = (int) Math.min(page.colour().getWidth(), x0 + 40 * MM);
            List<Integer> greys = new ArrayList<>();
            int top = Integer.MAX_VALUE;
            int bottom = -1;
            for (int y = (int) Math.max(0, number.y0() - 8 * MM); y < number.y0(); y++) {
                for (int x = x0; x < x1; x++) {
                    if (coloured(page.colour().getRGB(x, y))) {
                        greys.add(page.grey().getRaster().getSample(x, y, 0));
                        top = Math.min(top, y);
                        bottom = Math.max(bottom, y);
                    }
                }
            }
            if (greys.isEmpty()) {
                return new Band(x0, x1, number.y0(), number.y0(), -1);
            }
            greys.sort(null);
            return new Band(x0, x1, top, bottom, greys.get(greys.size() / 2));
        }
    }

    private static boolean coloured(int rgb) {
        Color c = new Color(rgb);
        float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
        return hsb[1] > 0.3f && hsb[2] > 0.15f;
    }

    /** Whether coloured pixels lie just before the label (within 6 mm to its left, on its line). */
    private static boolean swatchBefore(Word label, Page page) {
        int found = 0;
        for (int y = label.y0(); y < label.y1(); y++) {
            for (int x = (int) Math.max(0, label.x0() - 6 * MM); x < label.x0(); x++) {
                if (coloured(page.colour().getRGB(x, y))) {
                    found++;
                }
            }
        }
        return found >= 20;
    }

    /** A rendered page: its name for messages, its words, and its greyscale and colour renderings. */
    record Page(String name, List<Word> words, BufferedImage grey, BufferedImage colour) {

        /** The first place the words of {@code phrase} are printed one after another on a line, as one word. */
        java.util.Optional<Word> first(String phrase) {
            String[] parts = phrase.split(" ");
            for (int i = 0; i + parts.length <= words.size(); i++) {
                boolean match = true;
                for (int j = 0; j < parts.length && match; j++) {
                    Word w = words.get(i + j);
                    match = w.text().equals(parts[j]) && Math.abs(w.y0() - words.get(i).y0()) < 10;
                }
                if (match) {
                    Word a = words.get(i);
                    Word b = words.get(i + parts.length - 1);
                    return java.util.Optional.of(new Word(phrase, a.x0(), a.y0(), b.x1(), Math.max(a.y1(), b.y1())));
                }
            }
            return java.util.Optional.empty();
        }
    }

    private final Map<String, List<Page>> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    /** The continuum page of the guide and the first question page of the RAG form, rendered once per build. */
    private List<Page> pages(String build, Path downloads) throws Exception {
        List<Page> pages = rendered.get(build);
        if (pages != null) {
            return pages;
        }
        Path guide = downloads.resolve("trauma-informed-schools.pdf");
        Path form = downloads.resolve("relational-approaches-audit.pdf");
        int continuum;
        int question;
        continuum = PrintLayoutTest.continuumPage(Files.readAllBytes(guide));
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(form))) {
            question = RenderedPages.firstQuestionPage(pdf);
        }
        pages = List.of(page(build + " continuum (page " + (continuum + 1) + ")", guide, continuum),
                page(build + " RAG form (page " + (question + 1) + ")", form, question));
        rendered.put(build, pages);
        return pages;
    }

    private Page page(String name, Path pdf, int index) throws Exception {
        BufferedImage grey = pdftoppm(pdf, index, true);
        BufferedImage colour = pdftoppm(pdf, index, false);
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new Page(name, words(document, index), grey, colour);
        }
    }

    private BufferedImage pdftoppm(Path pdf, int index, boolean gray) throws Exception {
        BufferedImage image = RenderedPages.pdftoppm(pdf, index, DPI, gray, Files.createTempFile(temp, "page", ""));
        // poppler writes -gray pages with one channel (RenderedPages asserts a PGM); the image carries it in
        // every channel, as ImageIO read poppler's PNG before, and the first band is the grey.
        if (gray) {
            var raster = image.getRaster();
            for (int y = 0; y < image.getHeight(); y += 7) {
                for (int x = 0; x < image.getWidth(); x += 7) {
                    for (int band = 1; band < raster.getNumBands(); band++) {
                        assertEquals(raster.getSample(x, y, 0), raster.getSample(x, y, band), "a grey pixel at " + x + "," + y);
                    }
                }
            }
        }
        return image;
    }

    /** The page's words (glyphs split at spaces and gaps), in pixels of a rendering at {@link #DPI}. */
    private static List<Word> words(PDDocument pdf, int index) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                List<TextPosition> word = new ArrayList<>();
                for (TextPosition g : positions) {
                    boolean gap = !word.isEmpty() && g.getXDirAdj() - end(word) > g.getWidthOfSpace() * 0.5f;
                    if (g.getUnicode().isBlank() || gap) {
                        add(word);
                        word = new ArrayList<>();
                    }
                    if (!g.getUnicode().isBlank()) {
                        word.add(g);
                    }
                }
                add(word);
            }

            private float end(List<TextPosition> word) {
                TextPosition last = word.get(word.size() - 1);
                return last.getXDirAdj() + last.getWidthDirAdj();
            }

            private void add(List<TextPosition> word) {
                if (word.isEmpty()) {
                    return;
                }
                StringBuilder text = new StringBuilder();
                word.forEach(g -> text.append(g.getUnicode()));
                float top = (float) word.stream().mapToDouble(g -> g.getYDirAdj() - g.getHeightDir()).min().orElseThrow();
                float bottom = (float) word.stream().mapToDouble(TextPosition::getYDirAdj).max().orElseThrow();
                words.add(new Word(text.toString(), Math.round(word.get(0).getXDirAdj() * SCALE), Math.round(top * SCALE),
                        Math.round(end(word) * SCALE), Math.round(bottom * SCALE) + 1));
            }
        };
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        stripper.getText(pdf);
        return words;
    }
}
