package org.toolkitpress.pdf;

import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.newtable.TableBox;
import com.openhtmltopdf.newtable.TableRowBox;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Keeps a table's header with its first whole row, which OpenHTMLtoPDF 1.1.65 cannot do for a
 * table too long to keep whole: it moves a first row kept whole ({@code page-break-inside: avoid})
 * to the next page without its header, leaving the header alone at the page foot (fixed upstream
 * after 1.1.65, openhtmltopdf#162). So print.css lets a long table's first row break, and after
 * the engine has laid the document out this looks at where each table's first body row fell: a
 * row cut by a page break that would fit on one page starts its table on a new page, together
 * with the bold title and headings kept with it, and the document is laid out again. Documents
 * where no first row is cut (most) are laid out once.
 */
final class TableStarts {

    /** The class print.css breaks the page before. */
    static final String NEW_PAGE = "table-new-page";

    private TableStarts() {
    }

    /**
     * Marks, in {@code html}, each table whose first body row the laid-out {@code root} cuts
     * across pages although it fits on one; returns how many it marked (0: the layout stands).
     * Tables are matched by their order in the document, which the engine's copy keeps.
     */
    static int moveCutTables(BlockBox root, Document html) {
        List<Element> tables = html.select("table");
        List<org.w3c.dom.Element> laidOut = new ArrayList<>();
        List<TableBox> boxes = new ArrayList<>();
        collect(root, boxes);
        org.w3c.dom.NodeList all = root.getElement() == null ? null : root.getElement().getOwnerDocument().getElementsByTagName("table");
        if (all == null) {
            return 0;
        }
        for (int i = 0; i < all.getLength(); i++) {
            laidOut.add((org.w3c.dom.Element) all.item(i));
        }
        int marked = 0;
        Layer layer = root.getLayer();
        for (TableBox table : boxes) {
            int index = laidOut.indexOf(table.getElement());
            if (index < 0 || index >= tables.size() || !cut(table.getFirstBodyRow(), layer)) {
                continue;
            }
            Element start = keepChainStart(tables.get(index));
            if (!start.hasClass(NEW_PAGE)) {
                start.addClass(NEW_PAGE);
                marked++;
            }
        }
        return marked;
    }

    /** Whether a page break cuts the row although the row is no taller than the page it starts on. */
    private static boolean cut(TableRowBox row, Layer layer) {
        if (row == null || row.getHeight() <= 0) {
            return false;
        }
        int first = layer.getPageIndex(row.getAbsY());
        int last = layer.getPageIndex(row.getAbsY() + row.getHeight() - 1);
        if (first < 0 || last <= first) {
            return false;
        }
        PageBox page = layer.getPages().get(first);
        return row.getHeight() <= page.getBottom() - page.getTop();
    }

    /**
     * The element the new page starts with: the table, or the title and headings just before it,
     * which print.css keeps with what follows (a chapter's title is left where it is: a chapter
     * starts a page of its own).
     */
    private static Element keepChainStart(Element table) {
        Element start = table;
        while (true) {
            Element before = start.previousElementSibling();
            if (before == null) {
                Element parent = start.parent();
                if (parent == null || !parent.is("div.table-scroll, figure")) {
                    return start;
                }
                start = parent;
            } else if (before.is("p.table-title, h2, h3, h4")) {
                start = before;
            } else {
                return start;
            }
        }
    }

    private static void collect(Box box, List<TableBox> tables) {
        if (box instanceof TableBox table) {
            tables.add(table);
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), tables);
        }
    }
}
