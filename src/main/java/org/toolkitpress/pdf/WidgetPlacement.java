package org.toolkitpress.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds where a form field belongs in the structure tree: right after the tagged text that comes
 * just before it on its page (its label or question), so a screen reader meets the field where a
 * sighted reader does. Falls back to the end of the document element.
 */
final class WidgetPlacement {

    /** The last text of one marked-content sequence: where it sits, and which element owns it. */
    private record Mark(float top, float x, PDStructureElement owner) {
    }

    /** Structure types whose children are fixed by the standard (ISO 32000-1, 14.8.4.3). */
    private static final Set<String> CLOSED = Set.of("L", "LI", "Lbl", "Table", "TR", "THead", "TBody", "TFoot",
            "TOC", "TOCI", "Ruby", "Warichu");

    private final PDStructureElement documentElement;
    private final Map<COSBase, Map<Integer, PDStructureElement>> owners = new HashMap<>();
    private final Map<PDPage, List<Mark>> marks = new IdentityHashMap<>();
    private final Map<COSBase, COSBase> lastInserted = new HashMap<>();

    WidgetPlacement(PDStructureTreeRoot root) {
        PDStructureElement top = null;
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement element) {
                top = element;
                indexOwners(element, null);
            }
        }
        this.documentElement = top;
    }

    /** Where a field's {@code Form} element goes: into {@code parent}, after {@code anchor} (null: at the end). */
    record Spot(PDStructureElement parent, PDStructureElement anchor) {
    }

    /** The spot for a widget on a page: just after the tagged text read before it. */
    Spot spotFor(PDPage page, PDAnnotationWidget widget) throws IOException {
        Mark before = markBefore(page, widget.getRectangle());
        PDStructureElement anchor = before == null ? null : before.owner();
        // Lists and table rows may hold only their own parts: climb out to where a Form may stand.
        while (anchor != null && anchor.getParent() instanceof PDStructureElement parent
                && CLOSED.contains(parent.getStructureType())) {
            anchor = parent;
        }
        if (anchor == null || !(anchor.getParent() instanceof PDStructureElement parent)) {
            return new Spot(documentElement, null);
        }
        return new Spot(parent, anchor);
    }

    /** Inserts {@code form} at its spot, after any field placed there before it. */
    void insert(Spot spot, PDStructureElement form) {
        form.setParent(spot.parent());
        if (spot.anchor() == null) {
            spot.parent().appendKid(form);
            return;
        }
        COSBase previous = lastInserted.getOrDefault(spot.anchor().getCOSObject(), spot.anchor().getCOSObject());
        COSDictionary parent = spot.parent().getCOSObject();
        COSBase kids = parent.getDictionaryObject(COSName.K);
        COSArray array;
        if (kids instanceof COSArray existing) {
            array = existing;
        } else {
            array = new COSArray();
            if (kids != null) {
                array.add(parent.getItem(COSName.K));
            }
            parent.setItem(COSName.K, array);
        }
        int at = -1;
        for (int i = 0; i < array.size(); i++) {
            if (array.getObject(i) == previous) {
                at = i;
            }
        }
        if (at < 0) {
            array.add(form);
        } else {
            array.add(at + 1, form.getCOSObject());
        }
        lastInserted.put(spot.anchor().getCOSObject(), form.getCOSObject());
    }

    private Mark markBefore(PDPage page, PDRectangle rect) throws IOException {
        float pageHeight = page.getMediaBox().getHeight();
        float fieldTop = pageHeight - rect.getUpperRightY();
        float fieldBottom = pageHeight - rect.getLowerLeftY();
        Mark best = null;
        for (Mark mark : marks(page)) {
            boolean above = mark.top() < fieldTop;
            boolean beside = mark.top() < fieldBottom && mark.x() < rect.getLowerLeftX();
            if ((above || beside) && (best == null || mark.top() > best.top()
                    || mark.top() == best.top() && mark.x() > best.x())) {
                best = mark;
            }
        }
        return best;
    }

    private List<Mark> marks(PDPage page) throws IOException {
        List<Mark> known = marks.get(page);
        if (known != null) {
            return known;
        }
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, PDStructureElement> byMcid = owners.getOrDefault(page.getCOSObject(), Map.of());
        List<Mark> found = new java.util.ArrayList<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            collect(content, byMcid, found);
        }
        marks.put(page, found);
        return found;
    }

    private static void collect(PDMarkedContent content, Map<Integer, PDStructureElement> byMcid, List<Mark> into) {
        PDStructureElement owner = byMcid.get(content.getMCID());
        TextPosition last = null;
        for (Object piece : content.getContents()) {
            if (piece instanceof TextPosition text) {
                last = text;
            } else if (piece instanceof PDMarkedContent nested) {
                collect(nested, byMcid, into);
            }
        }
        if (owner != null && last != null) {
            into.add(new Mark(last.getYDirAdj() - last.getHeightDir(), last.getXDirAdj(), owner));
        }
    }

    /** Maps each page's marked-content ids to the structure element that owns them. */
    private void indexOwners(PDStructureElement element, PDPage inherited) {
        PDPage page = element.getPage() != null ? element.getPage() : inherited;
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid && page != null) {
                owners.computeIfAbsent(page.getCOSObject(), k -> new HashMap<>()).put(mcid, element);
            } else if (kid instanceof PDMarkedContentReference ref) {
                PDPage refPage = ref.getPage() != null ? ref.getPage() : page;
                if (refPage != null) {
                    owners.computeIfAbsent(refPage.getCOSObject(), k -> new HashMap<>()).put(ref.getMCID(), element);
                }
            } else if (kid instanceof PDStructureElement child) {
                indexOwners(child, page);
            }
        }
    }
}
