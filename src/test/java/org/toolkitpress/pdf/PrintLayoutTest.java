package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The print edition looked at, not only validated: the default content with a base_url and a
 * section of long tables and many headings added ({@link BaseUrlToolkit}, shared with
 * {@link PrintLinksTest}), its whole-toolkit guide, a fillable form and a filled one,
 * then measured from the rendered PDF — where text sits on each page, how wide a table runs,
 * whether the continuum page has colour. With {@code -Dprint.reference=DIR} it also writes the
 * key pages as the small PNGs docs/pdf.md shows (docs/images/print-*.png).
 *
 * <p>Elsewhere: every link absolute with base_url ({@link PrintLinksTest}), chosen marks drawn in
 * poppler and PDFBox ({@link FilledAnswersDrawnTest}), nothing under 9 pt on form pages
 * ({@link PrintEditionTest}), veraPDF of the default content's PDFs ({@link EveryPdfConformsTest});
 * the guide with the added page is put through veraPDF here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintLayoutTest {

    /** The whole-toolkit guide, with the long tables ({@link BaseUrlToolkit}). */
    static final String GUIDE = "whole-toolkit.pdf";
    private static final float MM = 72 / 25.4f;
    /** print.css: @page margins 22 mm top, 20 mm bottom, 18 mm either side. */
    private static final float TOP = 22 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float SIDE = 18 * MM;

    private final Map<String, byte[]> pdfs = new TreeMap<>();

    @BeforeAll
    void build() throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        // The shared build: PrintLinksTest reads the same PDFs (and veraPDF checks each once).
        Path site = BaseUrlToolkit.built().site();
        for (String name : List.of(GUIDE, "trauma-informed-schools-audit.pdf", "example-audit-lovely-primary.pdf")) {
            pdfs.put(name, Files.readAllBytes(site.resolve("downloads").resolve(name)));
        }
        String reference = System.getProperty("print.reference");
        if (reference != null) {
            ReferencePages.write(pdfs, Path.of(reference));
        }
    }

    /**
     * The added section is content {@code check} accepts (its headings go down one level at a
     * time), so a guide that prints it must pass PDF/UA-1 and PDF/A like every other PDF. The
     * same page is printed in a guide of its own ({@link BaseUrlToolkit#GUIDE}), and veraPDF
     * checks it there: the whole-toolkit guide around it holds the five section guides' pages,
     * which {@link EveryPdfConformsTest} checks as built, and the links a base_url adds, which
     * {@link PrintLinksTest} checks kind by kind; checking them again here cost about 22 s of CPU
     * for no kind of content not checked elsewhere (docs/performance-log.md, "2 December:
     * veraPDF's checks, one by one").
     */
    @Test
    void theAddedPagePassesVeraPdf() throws IOException {
        byte[] own = Files.readAllBytes(BaseUrlToolkit.built().site().resolve("downloads").resolve(BaseUrlToolkit.GUIDE));
        // The page checked is the page measured here: the same rows of the long tables, run over pages.
        List<String> rows = tableRows(own);
        assertEquals(tableRows(pdfs.get(GUIDE)), rows, "the long tables as printed in " + GUIDE + " and in " + BaseUrlToolkit.GUIDE);
        assertTrue(IntStream.range(0, PrintedPages.of(own).size())
                .filter(page -> PrintedLine.body(own, page).stream().anyMatch(l -> l.text().matches("Row\\d\\d .*"))).count() >= 4,
                "the long tables run over at least two pages each in " + BaseUrlToolkit.GUIDE);
        assertEquals(List.of(), VeraPdf.failures(own), BaseUrlToolkit.GUIDE);
    }

    /** Every printed line of a long table's rows ("Row01 stage2 ..."), page by page. */
    private static List<String> tableRows(byte[] pdf) {
        return IntStream.range(0, PrintedPages.of(pdf).size()).boxed()
                .flatMap(page -> PrintedLine.body(pdf, page).stream().map(PrintedLine::text))
                .filter(text -> text.matches("Row\\d\\d .*")).toList();
    }

    @Test
    void theContinuumFillsItsLandscapePageWithItsHeaderAboveItsRows() throws IOException {
        byte[] guide = pdfs.get(GUIDE);
        int page = continuumPage(guide);
        List<PrintedLine> lines = PrintedLine.body(guide, page);
        float block = PrintedPages.of(guide).get(page).width() - 2 * SIDE;
        float left = (float) lines.stream().mapToDouble(PrintedLine::left).min().orElseThrow();
        float right = (float) lines.stream().mapToDouble(PrintedLine::right).max().orElseThrow();
        assertTrue(right - left >= 0.85f * block, "the table runs " + (right - left) + " pt of the " + block + " pt text block");
        PrintedLine header = lines.stream().filter(l -> l.text().contains("Stage 1")).findFirst().orElseThrow();
        for (String stage : List.of("Pre-Trauma Aware", "Trauma Aware", "Trauma Sensitive", "Trauma Responsive", "Trauma Informed")) {
            assertTrue(lines.stream().anyMatch(l -> l.top() > header.top() + 20 && l.text().contains(stage)),
                    "a row below the header names " + stage);
        }
    }

    /** Each page a long table reaches shows the table's header above its first row there. */
    @Test
    void aLongTableUsesTheWidthAndRepeatsItsHeaderOnEveryPage() {
        byte[] guide = pdfs.get(GUIDE);
        List<PrintedPages.Page> pages = PrintedPages.of(guide);
        int checked = 0;
        for (int page = 0; page < pages.size(); page++) {
            List<PrintedLine> lines = PrintedLine.body(guide, page);
            List<PrintedLine> rows = lines.stream().filter(l -> l.text().matches("Row\\d\\d .*")).toList();
            if (rows.isEmpty()) {
                continue;
            }
            checked++;
            float firstRow = rows.get(0).top();
            assertTrue(lines.stream().anyMatch(l -> l.text().startsWith("Row Stage What staff do") && l.top() < firstRow),
                    "page " + (page + 1) + " repeats the header above its first row");
            float block = pages.get(page).width() - 2 * SIDE;
            float left = (float) rows.stream().mapToDouble(PrintedLine::left).min().orElseThrow();
            float right = (float) rows.stream().mapToDouble(PrintedLine::right).max().orElseThrow();
            assertTrue(right - left >= 0.85f * block, "page " + (page + 1) + ": the rows run " + (right - left) + " of " + block + " pt");
        }
        assertTrue(checked >= 4, "the long tables run over at least two pages each: " + checked + " pages");
    }

    @Test
    void noPageIsBlankAndNoTitleStandsAloneBeforeALandscapePage() {
        for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
            List<PrintedPages.Page> pages = PrintedPages.of(e.getValue());
            for (int page = 0; page < pages.size(); page++) {
                assertFalse(PrintedLine.body(e.getValue(), page).isEmpty(), e.getKey() + " page " + (page + 1) + " is blank");
                if (page > 0 && pages.get(page).landscape() && !pages.get(page - 1).landscape()) {
                    assertTrue(PrintedLine.body(e.getValue(), page - 1).stream().anyMatch(l -> l.size() < 12),
                            e.getKey() + " page " + page + " holds only a title before the landscape page");
                }
            }
        }
    }

    /**
     * The last line of a page is never a heading (a chapter, part or section title, or a bold
     * line such as a question), except on a page of titles alone: a part's title page.
     */
    @Test
    void noHeadingIsLeftAtThePageFoot() {
        List<String> stranded = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
            headingsAtPageFoot(e.getValue()).forEach(h -> stranded.add(e.getKey() + " " + h));
        }
        assertEquals(List.of(), stranded);
    }

    /** Pages whose last line is a heading, with it, except pages of titles alone (a part's title page). */
    static List<String> headingsAtPageFoot(byte[] pdf) {
        List<String> stranded = new ArrayList<>();
        for (int page = 0; page < PrintedPages.of(pdf).size(); page++) {
            List<PrintedLine> lines = PrintedLine.body(pdf, page);
            if (lines.stream().allMatch(PrintedLine::headingLike)) {
                continue;
            }
            PrintedLine last = lines.get(lines.size() - 1);
            if (last.headingLike()) {
                stranded.add("page " + (page + 1) + ": " + last.text());
            }
        }
        return stranded;
    }

    /**
     * Each table's first row is printed whole under its header on the header's first page, and
     * no row is cut across pages when it would fit on one (read back by {@link TableRows}).
     */
    @Test
    void everyTableKeepsItsFirstRowWithItsHeaderAndNoRowIsCut() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(e.getValue())) {
                TableRows.problems(pdf).forEach(p -> problems.add(e.getKey() + " " + p));
            }
        }
        assertEquals(List.of(), problems);
    }

    /** No table's header stands at a page foot without a row of its table after it (read from the tags). */
    @Test
    void noTableHeaderIsLeftAlone() throws IOException {
        List<String> alone = new ArrayList<>();
        int tables = 0;
        for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(e.getValue())) {
                tables += TableHeads.elements(pdf.getDocumentCatalog().getStructureTreeRoot(), "THead").size();
                TableHeads.leftAlone(pdf).forEach(h -> alone.add(e.getKey() + " " + h));
            }
        }
        assertEquals(List.of(), alone);
        assertTrue(tables >= 10, "tables with a header: " + tables);
    }

    /** The audit's definitions: each term printed in a bold face, its meaning not. */
    @Test
    void definitionTermsAreBold() {
        byte[] form = pdfs.get("trauma-informed-schools-audit.pdf");
        PrintBreaksTest.assertBoldTerm(form, "Consciously competent", "good at it and can explain it to others");
        PrintBreaksTest.assertBoldTerm(form, "Cutting Edge", "could share practice usefully with others");
    }

    /**
     * No label runs into a field: on every page of the blank form and the filled example, no
     * printed glyph's middle lies inside a field's box (a fixed label height once let "(consciously
     * competent)" run on under the boxes below it, hidden but for a fragment).
     */
    @Test
    void noPrintedTextLiesUnderAFormField() throws IOException {
        for (String name : List.of("trauma-informed-schools-audit.pdf", "example-audit-lovely-primary.pdf")) {
            try (PDDocument pdf = Loader.loadPDF(pdfs.get(name))) {
                int fields = 0;
                List<String> under = new ArrayList<>();
                for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                    List<PDRectangle> boxes = new ArrayList<>();
                    for (var annotation : pdf.getPage(page).getAnnotations()) {
                        if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget w) {
                            boxes.add(w.getRectangle());
                        }
                    }
                    fields += boxes.size();
                    PrintedPages.Page printed = PrintedPages.of(pdfs.get(name)).get(page);
                    for (PrintedPages.Glyph g : printed.glyphs()) {
                        float x = g.x() + g.width() / 2;
                        // Text positions count down from the top; PDF boxes up from the foot.
                        float y = printed.height() - (g.y() - g.height() / 2);
                        if (!g.text().isBlank() && boxes.stream().anyMatch(b -> b.contains(x, y))) {
                            under.add("page " + (page + 1) + ": \"" + g.text() + "\" at " + Math.round(x) + "," + Math.round(y));
                        }
                    }
                }
                assertTrue(fields > 100, name + " has its fields: " + fields);
                assertEquals(List.of(), under.stream().limit(12).toList(), name + " (" + under.size() + " glyphs in all)");
            }
        }
    }

    /** A contents entry's page number shares its line with the end of the entry's title. */
    @Test
    void contentsPageNumbersNeverStandAlone() {
        for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
            int entries = 0;
            // A guide's contents follows its cover page; a form's shares the first page with its cover.
            for (int page = 0; page < PrintedPages.of(e.getValue()).size(); page++) {
                List<PrintedLine> numbered = PrintedLine.body(e.getValue(), page).stream()
                        .filter(l -> l.text().matches(".*\\.\\s*\\d+")).toList();
                if (numbered.isEmpty() && page == 0) {
                    continue;
                }
                if (numbered.isEmpty()) {
                    break;
                }
                for (PrintedLine line : numbered) {
                    assertTrue(line.text().matches(".*\\p{L}.*"), e.getKey() + " page " + (page + 1) + ": \"" + line.text() + "\"");
                    entries++;
                }
            }
            assertTrue(entries >= 3, e.getKey() + " has a contents with page numbers: " + entries);
        }
    }

    /** The five stages' colours are printed: several distinct hues on the continuum page. */
    @Test
    void theContinuumIsPrintedInColour() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(GUIDE))) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(continuumPage(pdfs.get(GUIDE)), 50);
            int[] hues = new int[12];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    Color c = new Color(image.getRGB(x, y));
                    float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
                    if (hsb[1] > 0.35f && hsb[2] > 0.25f) {
                        hues[Math.min(11, (int) (hsb[0] * 12))]++;
                    }
                }
            }
            long distinct = IntStream.of(hues).filter(n -> n >= 15).count();
            assertTrue(distinct >= 4, "coloured pixels by hue: " + IntStream.of(hues).boxed().toList());
        }
    }

    /** The landscape page with the continuum's header (its first stage's number). */
    static int continuumPage(byte[] pdf) {
        List<PrintedPages.Page> pages = PrintedPages.of(pdf);
        for (int page = 0; page < pages.size(); page++) {
            if (pages.get(page).landscape() && PrintedLine.body(pdf, page).stream().anyMatch(l -> l.text().contains("Stage 1"))) {
                return page;
            }
        }
        throw new AssertionError("no landscape page holds a continuum");
    }

    /** Lines of the page body, from the glyphs' positions; the running header and footer are left out. */
    record PrintedLine(float top, float left, float right, float size, boolean bold, String text) {

        boolean headingLike() {
            return size >= 12 || bold && size >= 10.9f;
        }

        /** The body's lines of a page ({@code page} from 0), from its glyphs as {@link PrintedPages} read them once. */
        static List<PrintedLine> body(byte[] pdf, int page) {
            PrintedPages.Page printed = PrintedPages.of(pdf).get(page);
            float height = printed.height();
            Map<Integer, List<PrintedPages.Glyph>> byLine = new TreeMap<>(printed.glyphs().stream()
                    .filter(g -> g.y() > TOP && g.y() < height - BOTTOM && !g.text().isBlank())
                    .collect(Collectors.groupingBy(g -> Math.round(g.y() / 2))));
            List<PrintedLine> lines = new ArrayList<>();
            byLine.values().forEach(line -> {
                line.sort((a, b) -> Float.compare(a.x(), b.x()));
                StringBuilder text = new StringBuilder();
                float end = Float.NEGATIVE_INFINITY;
                for (PrintedPages.Glyph g : line) {
                    if (text.length() > 0 && g.x() - end > g.widthOfSpace() * 0.5f) {
                        text.append(' ');
                    }
                    text.append(g.text());
                    end = g.x() + g.width();
                }
                float size = (float) line.stream().mapToDouble(PrintedPages.Glyph::size).max().orElse(0);
                boolean bold = line.stream().allMatch(PrintedPages.Glyph::bold);
                lines.add(new PrintedLine(line.get(0).y(), line.get(0).x(), end, size, bold, text.toString().strip()));
            });
            return lines;
        }
    }
}
