package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/**
 * Page breaks tried on purpose: the fixture src/test/resources/sites/print-breaks puts a short
 * table, a table longer than a page (with a bold title) and a heading after lists of 34 to 47
 * lines, so that each starts a little lower on its page until it meets the page foot. Built once
 * as a guide, then read back from the PDF's tags and glyphs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintBreaksTest {

    private byte[] guide;

    @BeforeAll
    void build() throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        // The shared build: StrayRulesTest reads the same guide.
        TestSites.Built built = TestSites.built(TestSites.fixture("print-breaks"), true);
        assertTrue(built.result().published(), () -> built.result().diagnostics().sorted().toString());
        guide = Files.readAllBytes(built.site().resolve("downloads/breaks.pdf"));
    }

    /**
     * Every table's header has a row of its table under it on its page. With OpenHTMLtoPDF's
     * defaults, the short table after 39 lines left its header alone at the page foot.
     */
    @Test
    void noTableHeaderIsLeftAloneAtAPageFoot() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(guide)) {
            assertEquals(42, TableHeads.elements(pdf.getDocumentCatalog().getStructureTreeRoot(), "THead").size(),
                    "14 short tables, 13 long ones, 14 under a subheading and one with a row taller than a page");
            assertEquals(List.of(), TableHeads.leftAlone(pdf));
        }
    }

    /**
     * A long table keeps its header with its first row, printed whole below it, and no row is
     * cut across pages when it fits on one — read from where each row's words were printed
     * ({@link TableRows}). The long tables after 34 to 37 lines start near a page foot: with the
     * engine alone, their first row broke there and ended on the next page under the repeated
     * header. The one row longer than a page (tall-row.md) is the only row printed on several pages.
     */
    @Test
    void aTableHeaderKeepsItsFirstRowWholeAndNoRowIsCut() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(guide)) {
            List<TableRows.Table> tables = TableRows.of(pdf);
            assertEquals(14, tables.stream().filter(t -> t.body().size() > 12).count(), "the fixture's long tables");
            List<TableRows.Printed> overPages = tables.stream().flatMap(t -> t.body().stream())
                    .filter(row -> row.pages().size() > 1).toList();
            assertEquals(1, overPages.size(), "rows printed on several pages");
            assertTrue(overPages.get(0).text().contains("Tallrow"), overPages.get(0).text());
            assertEquals(List.of(), TableRows.problems(tables));
        }
    }

    /** A table's bold title stays with the table, and no heading ends a page. */
    @Test
    void noHeadingOrTableTitleIsLeftAtAPageFoot() {
        assertEquals(List.of(), PrintLayoutTest.headingsAtPageFoot(guide));
        for (int page = 0; page < PrintedPages.of(guide).size(); page++) {
            List<PrintLayoutTest.PrintedLine> lines = PrintLayoutTest.PrintedLine.body(guide, page);
            String last = lines.get(lines.size() - 1).text();
            assertFalse(last.matches("Table \\d+\\. .*"), "page " + (page + 1) + " ends with a table's title: " + last);
        }
    }

    @Test
    void definitionTermsAreBold() {
        assertBoldTerm(guide, "Consciously competent", "Good at it and can explain it to others.");
        assertBoldTerm(guide, "Cutting edge", "Could share practice usefully with others.");
    }

    /**
     * The fixture's pages are the same few kinds of content over and over, each starting a little
     * lower on its page (14 short tables, 14 long ones, 14 headings): veraPDF checks a guide of one
     * page of each kind instead of the whole guide (about 2 s of CPU instead of 15 s;
     * docs/performance-log.md, "2 December: veraPDF's checks, one by one"). The small guide must
     * hold every tag, every kind of annotation, a long table run over pages and the row taller than
     * a page, as the whole guide does, so a kind of content the whole guide has and the small one
     * lost fails here.
     */
    @Test
    void eachKindOfContentInTheGuidePassesPdfUaAndPdfA(@TempDir Path temp) throws IOException {
        Path project = TestSites.copy(TestSites.fixture("print-breaks"), temp);
        List<String> kept = List.of("index.md", "long-table-38.md", "table-45.md", "heading-38.md", "tall-row.md");
        try (Stream<Path> pages = Files.list(project.resolve("content/pages/breaks"))) {
            for (Path page : pages.filter(p -> !kept.contains(p.getFileName().toString())).toList()) {
                Files.delete(page);
            }
        }
        Build.Result result = Build.run(Configure.settings(project, temp.resolve("site"), true, TestSites.CLOCK).withPdf(true));
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        byte[] small = Files.readAllBytes(temp.resolve("site/downloads/breaks.pdf"));
        try (PDDocument whole = Loader.loadPDF(guide); PDDocument few = Loader.loadPDF(small)) {
            assertEquals(kinds(whole), kinds(few), "tags and annotations of the whole guide and of the guide of " + kept
                    + " (a kind the whole guide holds and the small one lacks: keep a page of the fixture that shows it)");
            List<TableRows.Table> tables = TableRows.of(few);
            assertTrue(tables.stream().anyMatch(t -> t.body().size() > 12
                    && t.body().stream().flatMap(row -> row.pages().stream()).distinct().count() > 1), "a long table runs over a page");
            assertTrue(tables.stream().flatMap(t -> t.body().stream()).anyMatch(row -> row.pages().size() > 1 && row.text().contains("Tallrow")),
                    "the row taller than a page runs over pages");
        }
        assertBoldTerm(small, "Consciously competent", "Good at it and can explain it to others.");
        assertEquals(List.of(), VeraPdf.failures(small), "breaks.pdf printed from " + kept);
    }

    /** Every structure type in a PDF's tags ("P", "TH", "Link", ...) and every annotation subtype ("Annot Link"). */
    private static Set<String> kinds(PDDocument pdf) throws IOException {
        Set<String> kinds = new TreeSet<>();
        ArrayDeque<Object> nodes = new ArrayDeque<>(pdf.getDocumentCatalog().getStructureTreeRoot().getKids());
        while (!nodes.isEmpty()) {
            if (nodes.pop() instanceof PDStructureElement element) {
                kinds.add(element.getStructureType());
                nodes.addAll(element.getKids());
            }
        }
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                kinds.add("Annot " + annotation.getSubtype());
            }
        }
        return kinds;
    }

    /**
     * Finds a definition list entry (its term then its meaning, next to each other in reading
     * order) and asserts that every glyph of the term is set in a bold face and none of the meaning's.
     */
    static void assertBoldTerm(byte[] pdf, String term, String meaning) {
        StringBuilder letters = new StringBuilder();
        List<PrintedPages.Glyph> glyphOfLetter = new ArrayList<>();
        for (PrintedPages.Page page : PrintedPages.of(pdf)) {
            for (PrintedPages.Glyph g : page.glyphs()) {
                if (!g.text().isBlank()) {
                    letters.append(g.text());
                    g.text().chars().forEach(c -> glyphOfLetter.add(g));
                }
            }
        }
        String termLetters = term.replace(" ", "");
        int at = letters.indexOf(termLetters + meaning.replace(" ", ""));
        assertTrue(at >= 0, "the term \"" + term + "\" followed by its meaning is printed");
        for (int i = at; i < at + termLetters.length() + meaning.replace(" ", "").length(); i++) {
            PrintedPages.Glyph glyph = glyphOfLetter.get(i);
            boolean inTerm = i < at + termLetters.length();
            assertEquals(inTerm, glyph.bold(),
                    (inTerm ? "the term " : "the meaning of ") + term + ": '" + glyph.text() + "' in " + glyph.font());
        }
    }
}
