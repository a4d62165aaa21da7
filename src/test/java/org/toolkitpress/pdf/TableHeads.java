package org.toolkitpress.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/**
 * Where each table's header was printed, read from the PDF's tags (PDF/UA): a table's tagged
 * {@code THead} cells hold the header's text on every page it is printed on, the first being
 * where the table starts, and each body cell ({@code TD}, written or empty) records its page.
 * A header is left alone when no body cell of its table is on the header's first page.
 */
final class TableHeads {

    private TableHeads() {
    }

    /** One line per table whose header stands on a page without any of its rows: its page and header text. */
    static List<String> leftAlone(PDDocument pdf) {
        List<String> alone = new ArrayList<>();
        for (PDStructureElement table : elements(pdf.getDocumentCatalog().getStructureTreeRoot(), "Table")) {
            List<PDStructureElement> heads = elements(table, "THead");
            if (heads.isEmpty()) {
                continue;
            }
            Set<PDPage> headPages = pages(heads.get(0), null);
            Set<PDPage> rowPages = new HashSet<>();
            for (PDStructureElement body : elements(table, "TBody")) {
                for (PDStructureElement cell : elements(body, "TD")) {
                    rowPages.addAll(pages(cell, cell.getPage() != null ? cell.getPage() : body.getPage()));
                }
            }
            // The header repeated on later pages is tagged in the same cells: the first page is where it starts.
            PDPage first = headPages.stream().min(Comparator.comparingInt(p -> pdf.getPages().indexOf(p))).orElse(null);
            if (first != null && !rowPages.contains(first)) {
                alone.add("page " + (pdf.getPages().indexOf(first) + 1) + ": a header of " + elements(heads.get(0), "TH").size()
                        + " cells, its first row on page " + rowPages.stream().mapToInt(p -> pdf.getPages().indexOf(p) + 1).min().orElse(0));
            }
        }
        return alone;
    }

    /** The structure elements of one type under a node, in reading order (not looking inside a match). */
    static List<PDStructureElement> elements(PDStructureNode node, String type) {
        List<PDStructureElement> found = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (element.getStructureType().equals(type)) {
                    found.add(element);
                } else {
                    found.addAll(elements(element, type));
                }
            }
        }
        return found;
    }

    /** The pages an element's content is on: its own page, its marked-content references', and its children's. */
    private static Set<PDPage> pages(PDStructureElement element, PDPage inherited) {
        Set<PDPage> pages = new HashSet<>();
        PDPage own = element.getPage() != null ? element.getPage() : inherited;
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer && own != null) {
                pages.add(own);
            } else if (kid instanceof PDMarkedContentReference ref) {
                pages.add(ref.getPage() != null ? ref.getPage() : own);
            } else if (kid instanceof PDStructureElement child) {
                pages.addAll(pages(child, own));
            }
        }
        if (pages.isEmpty() && own != null) {
            pages.add(own);
        }
        pages.remove(null);
        return pages;
    }
}
