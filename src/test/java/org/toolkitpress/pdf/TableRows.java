package org.toolkitpress.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where each table row's text was printed, read back from the PDF: the tags (PDF/UA) say which
 * marked content belongs to which row ({@code TR} under {@code THead} or {@code TBody}), and the
 * glyphs of that marked content give the pages and heights the row's words sit at.
 */
final class TableRows {

    /** One row's printed words: on each page it reaches, the top and bottom of its glyphs (points from the page top). */
    record Printed(List<Integer> pages, Map<Integer, float[]> extent, String text) {

        int firstPage() {
            return pages.get(0);
        }
    }

    /** A table: its header rows and its body rows, in order. */
    record Table(List<Printed> header, List<Printed> body) {
    }

    /** The page body's height in points: A4 less print.css's 22 mm top and 20 mm bottom margins (portrait). */
    private static final float BODY = 841.89f - 42 * 72 / 25.4f;

    /**
     * What is wrong with where the tables' rows were printed, one line each: a first body row
     * not printed whole on the page where its header first is, below it; or any row printed on
     * more than one page although its words would fit on one (their heights on each page added
     * up stay under a page body).
     */
    static List<String> problems(PDDocument pdf) throws IOException {
        return problems(of(pdf));
    }

    /** {@link #problems(PDDocument)} of tables already read with {@link #of} (reading them is the dear part). */
    static List<String> problems(List<Table> tables) {
        List<String> problems = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            Table table = tables.get(t);
            Printed header = table.header().get(0);
            int headerPage = header.firstPage();
            Printed first = table.body().get(0);
            String name = "table " + (t + 1) + " (\"" + abbreviate(header.text()) + "\")";
            if (!first.pages().equals(List.of(headerPage))) {
                problems.add(name + ": its header is on page " + (headerPage + 1) + ", its first row on pages "
                        + first.pages().stream().map(p -> p + 1).toList());
            } else if (first.extent().get(headerPage)[0] < header.extent().get(headerPage)[1]) {
                problems.add(name + ": its first row is printed above its header on page " + (headerPage + 1));
            }
            for (int r = 1; r < table.body().size(); r++) {
                Printed row = table.body().get(r);
                double height = row.extent().values().stream().mapToDouble(e -> e[1] - e[0]).sum();
                if (row.pages().size() > 1 && height < BODY) {
                    problems.add(name + ": row " + (r + 1) + " (\"" + abbreviate(row.text()) + "\") is cut across pages "
                            + row.pages().stream().map(p -> p + 1).toList());
                }
            }
        }
        return problems;
    }

    private static String abbreviate(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }

    private final PDDocument pdf;
    private final Map<PDPage, Map<Integer, List<TextPosition>>> byPage = new HashMap<>();

    private TableRows(PDDocument pdf) {
        this.pdf = pdf;
    }

    /** Every tagged table with a header and a body, with where its rows' words were printed. */
    static List<Table> of(PDDocument pdf) throws IOException {
        TableRows reader = new TableRows(pdf);
        List<Table> tables = new ArrayList<>();
        for (PDStructureElement table : TableHeads.elements(pdf.getDocumentCatalog().getStructureTreeRoot(), "Table")) {
            List<Printed> header = new ArrayList<>();
            List<Printed> body = new ArrayList<>();
            for (PDStructureElement head : TableHeads.elements(table, "THead")) {
                for (PDStructureElement row : TableHeads.elements(head, "TR")) {
                    reader.printed(row, head.getPage()).ifPresent(header::add);
                }
            }
            for (PDStructureElement part : TableHeads.elements(table, "TBody")) {
                for (PDStructureElement row : TableHeads.elements(part, "TR")) {
                    reader.printed(row, part.getPage()).ifPresent(body::add);
                }
            }
            if (!header.isEmpty() && !body.isEmpty()) {
                tables.add(new Table(header, body));
            }
        }
        return tables;
    }

    /** A reader of the words tagged in {@code pdf}, each page read once. */
    static TableRows reader(PDDocument pdf) {
        return new TableRows(pdf);
    }

    /** The words tagged under {@code element} and its descendants, in tag order, with no spaces. */
    String text(PDStructureElement element) throws IOException {
        PDPage page = null;
        for (Object node = element; page == null && node instanceof PDStructureElement e; node = e.getParent()) {
            page = e.getPage();
        }
        return printed(element, page).map(Printed::text).orElse("");
    }

    private java.util.Optional<Printed> printed(PDStructureElement row, PDPage inherited) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        // Glyphs are told apart by identity: two pages can print the same letter at the same place.
        Map<TextPosition, Integer> pageOf = new java.util.IdentityHashMap<>();
        collect(row, inherited, glyphs, pageOf);
        if (glyphs.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<Integer, float[]> extent = new java.util.TreeMap<>();
        StringBuilder text = new StringBuilder();
        for (TextPosition g : glyphs) {
            int page = pageOf.get(g);
            float top = g.getYDirAdj() - g.getHeightDir();
            float bottom = g.getYDirAdj();
            extent.merge(page, new float[] {top, bottom}, (a, b) -> new float[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            text.append(g.getUnicode());
        }
        return java.util.Optional.of(new Printed(List.copyOf(extent.keySet()), extent, text.toString()));
    }

    private void collect(PDStructureElement element, PDPage inherited, List<TextPosition> glyphs,
                         Map<TextPosition, Integer> pageOf) throws IOException {
        PDPage own = element.getPage() != null ? element.getPage() : inherited;
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid && own != null) {
                add(own, mcid, glyphs, pageOf);
            } else if (kid instanceof PDMarkedContentReference ref) {
                PDPage page = ref.getPage() != null ? ref.getPage() : own;
                if (page != null) {
                    add(page, ref.getMCID(), glyphs, pageOf);
                }
            } else if (kid instanceof PDStructureElement child) {
                collect(child, own, glyphs, pageOf);
            }
        }
    }

    private void add(PDPage page, int mcid, List<TextPosition> glyphs, Map<TextPosition, Integer> pageOf) throws IOException {
        int index = pdf.getPages().indexOf(page);
        // The document's own page, not the tag's: a page taken from a tag (its /Pg) has no
        // resource cache, so PDFBox made every font again at each font change on it.
        for (TextPosition g : contents(pdf.getPage(index)).getOrDefault(mcid, List.of())) {
            if (!g.getUnicode().isBlank()) {
                glyphs.add(g);
                pageOf.put(g, index);
            }
        }
    }

    /** The glyphs of each marked-content sequence on a page, by MCID (nested sequences count for their own MCID). */
    private Map<Integer, List<TextPosition>> contents(PDPage page) throws IOException {
        Map<Integer, List<TextPosition>> found = byPage.get(page);
        if (found == null) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            found = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                gather(content, found);
            }
            byPage.put(page, found);
        }
        return found;
    }

    private static void gather(PDMarkedContent content, Map<Integer, List<TextPosition>> found) {
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition g && content.getMCID() >= 0) {
                found.computeIfAbsent(content.getMCID(), k -> new ArrayList<>()).add(g);
            } else if (item instanceof PDMarkedContent inner) {
                gather(inner, found);
            }
        }
    }
}
