package org.toolkitpress.pdf;

import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Lets a form's question run on to the next page when keeping it whole would leave most of a page
 * blank. print.css keeps each question ({@code .print-item}: its text, its choices and its boxes
 * to write in) on one page, so a question with a large box ({@code space: large}, 90 mm) that does
 * not fit in what is left of a page moved to the next one whole; after a short question, or the
 * cover and contents, that left half a page or more empty (the box-space fixture printed page 3
 * with one question and two thirds of white). A printed form continues instead: the question
 * starts where it stands, with its first box, and its later boxes go over to the next page.
 *
 * <p>After the engine has laid the document out, this finds each question that starts a page
 * while the page before it ends with more than half its body blank, and marks it
 * ({@value #FLOWS}); print.css then lets it break between its parts — never inside a box (a
 * widget lies on one page) and never between a label and its box or the question's text and
 * what follows it — and the document is laid out again. A box keeps the height its data asks.
 * Documents where no question moves so (most) are laid out once and are unchanged.
 */
final class ItemFlow {

    /** The class print.css lets a question break between its parts by. */
    static final String FLOWS = "item-flows";

    /** A page left blank below this share of its body counts as "most of a page". */
    private static final float MOST = 0.5f;

    private ItemFlow() {
    }

    /**
     * Marks, in {@code html}, each question of the laid-out {@code root} that a page break moved
     * whole to a new page, leaving more than half the page before it blank; returns how many it
     * marked (0: the layout stands). Questions are matched by their order in the document, which
     * the engine's copy keeps.
     */
    static int letQuestionsFlow(BlockBox root, Document html) {
        List<Element> items = html.select("div.print-item");
        if (items.isEmpty() || root.getElement() == null) {
            return 0;
        }
        List<org.w3c.dom.Element> laidOut = new ArrayList<>();
        org.w3c.dom.NodeList divs = root.getElement().getOwnerDocument().getElementsByTagName("div");
        for (int i = 0; i < divs.getLength(); i++) {
            org.w3c.dom.Element div = (org.w3c.dom.Element) divs.item(i);
            if (Arrays.asList(div.getAttribute("class").split("\\s+")).contains("print-item")) {
                laidOut.add(div);
            }
        }
        Layer layer = root.getLayer();
        List<PageBox> pages = layer.getPages();
        int[] lowest = new int[pages.size()];
        Arrays.fill(lowest, -1);
        Map<org.w3c.dom.Element, Box> itemBoxes = new IdentityHashMap<>();
        walk(root, layer, lowest, itemBoxes);
        int marked = 0;
        for (int index = 0; index < laidOut.size() && index < items.size(); index++) {
            Box box = itemBoxes.get(laidOut.get(index));
            Element item = items.get(index);
            if (box == null || item.hasClass(FLOWS)) {
                continue;
            }
            int page = layer.getPageIndex(box.getAbsY());
            if (page < 1 || page >= pages.size()) {
                continue;
            }
            PageBox before = pages.get(page - 1);
            int body = before.getBottom() - before.getTop();
            // Where printing stopped on the page before: its lowest line or box ending there.
            int end = Math.max(lowest[page - 1], before.getTop());
            if (before.getBottom() - end > MOST * body && startsItsPage(box, layer, page)) {
                item.addClass(FLOWS);
                marked++;
            }
        }
        return marked;
    }

    /**
     * Whether the question is what its page starts with (a heading kept with it may come first):
     * nothing printed on the page before its top but at most a heading's height.
     */
    private static boolean startsItsPage(Box item, Layer layer, int page) {
        PageBox box = layer.getPages().get(page);
        int body = box.getBottom() - box.getTop();
        return item.getAbsY() - box.getTop() < 0.15f * body && item.getHeight() < body;
    }

    /**
     * Notes, for each page, the lowest bottom of the lines and leaf boxes that lie wholly on it,
     * and the engine's box for each question.
     */
    private static void walk(Box box, Layer layer, int[] lowest, Map<org.w3c.dom.Element, Box> items) {
        org.w3c.dom.Element element = box.getElement();
        if (element != null && box instanceof BlockBox && !items.containsKey(element)
                && Arrays.asList(element.getAttribute("class").split("\\s+")).contains("print-item")) {
            items.put(element, box);
        }
        boolean leaf = box instanceof LineBox || box.getChildCount() == 0;
        if (leaf && box.getHeight() > 0) {
            int top = layer.getPageIndex(box.getAbsY());
            int bottom = box.getAbsY() + box.getHeight();
            if (top >= 0 && top < lowest.length && layer.getPageIndex(bottom - 1) == top) {
                lowest[top] = Math.max(lowest[top], bottom);
            }
        }
        if (box instanceof LineBox) {
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            walk(box.getChild(i), layer, lowest, items);
        }
    }
}
