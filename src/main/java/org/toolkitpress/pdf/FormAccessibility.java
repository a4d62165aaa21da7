package org.toolkitpress.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * The pass that makes a fillable PDF accessible and archival, which the engine does not do for
 * forms: every field gets its tooltip (its visible label), text fields get appearance streams in
 * the embedded form font, check boxes and radio buttons get appearances drawn as shapes (no
 * ZapfDingbats, which cannot be embedded), NeedAppearances is switched off (PDF/A), and every
 * widget is wrapped in a {@code Form} structure element with its parent-tree entry (PDF/UA).
 */
final class FormAccessibility {

    /** Text in multi-line fields (an answer too long for its box may be drawn smaller: {@link AnswerFit}). */
    private static final float MULTILINE_SIZE = AnswerFit.SIZE;
    private static final float LINE_SIZE = 11f;

    private FormAccessibility() {
    }

    /**
     * Finishes the form of {@code document}, if it has one. {@code labels} gives each field's
     * visible label by its full name, used where the engine left no tooltip (radio groups).
     */
    static void apply(PDDocument document, Map<String, String> labels) {
        apply(document, labels, Set.of());
    }

    /**
     * As {@link #apply(PDDocument, Map)}, for a form about to be filled: the text fields named in
     * {@code answered} get their finished default appearance but are drawn only once, when the
     * answer is put in ({@link FormData#fill}), which replaces whatever was drawn before it.
     */
    static void apply(PDDocument document, Map<String, String> labels, Set<String> answered) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm();
        if (form == null || form.getFields().isEmpty()) {
            return;
        }
        try {
            cleanResources(form);
            form.setNeedAppearances(false);
            for (PDField field : form.getFieldTree()) {
                String name = field.getFullyQualifiedName();
                if (field.getAlternateFieldName() == null && labels.containsKey(name)) {
                    field.setAlternateFieldName(labels.get(name));
                }
                if (field instanceof PDTextField text) {
                    textAppearance(text, !answered.contains(name));
                } else if (field instanceof PDButton button) {
                    buttonAppearances(document, button);
                }
            }
            tagWidgets(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the PDF form", e);
        }
    }

    /** The engine lists Helvetica and ZapfDingbats as null placeholders; archival files may not name unembedded fonts. */
    private static void cleanResources(PDAcroForm form) {
        PDResources resources = form.getDefaultResources();
        if (resources == null) {
            return;
        }
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSName key : new ArrayList<>(fonts.keySet())) {
                if (fonts.getDictionaryObject(key) == null) {
                    fonts.removeItem(key);
                }
            }
        }
    }

    private static void textAppearance(PDTextField field, boolean draw) throws IOException {
        String da = field.getDefaultAppearance();
        // The engine asks for auto-sized text (0 Tf); a fixed size reads better and wraps predictably.
        float size = field.isMultiline() ? MULTILINE_SIZE : LINE_SIZE;
        field.setDefaultAppearance(da.replaceFirst(" 0(\\.0+)? Tf", " " + (int) size + " Tf"));
        if (draw) {
            TextAppearance.setValue(field, field.getValue() == null ? "" : field.getValue());
        }
    }

    /**
     * Each on-state drawn as a filled disc (radio) or a tick (check box), the off-state as nothing.
     * The engine names a radio's on-states by index ({@code /0}, {@code /1}) with the option ids in
     * {@code /Opt}; they are renamed to the option ids themselves and {@code /Opt} dropped, so the
     * value a reader, pdf-lib or a script sees is the answer ({@code green}, {@code 3}), as on the web.
     */
    private static void buttonAppearances(PDDocument document, PDButton button) throws IOException {
        boolean radio = !(button instanceof PDCheckBox);
        List<String> options = button.getExportValues();
        button.getCOSObject().removeItem(COSName.OPT);
        for (PDAnnotationWidget widget : button.getWidgets()) {
            PDRectangle rect = widget.getRectangle();
            PDAppearanceDictionary appearance = widget.getAppearance();
            List<COSName> onStates = new ArrayList<>();
            if (appearance != null && appearance.getNormalAppearance().isSubDictionary()) {
                for (COSName state : appearance.getNormalAppearance().getSubDictionary().keySet()) {
                    if (!state.equals(COSName.Off)) {
                        onStates.add(state);
                    }
                }
            }
            COSDictionary normal = new COSDictionary();
            for (COSName state : onStates) {
                normal.setItem(optionId(state, options), drawn(document, rect, radio, true));
            }
            if (widget.getAppearanceState() != null) {
                widget.setAppearanceState(optionId(widget.getAppearanceState(), options).getName());
            }
            normal.setItem(COSName.Off, drawn(document, rect, radio, false));
            // Poppler (Evince, Okular, pdftoppm) finds a state's appearance only in a direct /N
            // dictionary; PDFBox's compressed save would otherwise make it an indirect object.
            normal.setDirect(true);
            PDAppearanceDictionary fresh = new PDAppearanceDictionary();
            fresh.getCOSObject().setDirect(true);
            fresh.setNormalAppearance(new PDAppearanceEntry(normal));
            widget.setAppearance(fresh);
            widget.getCOSObject().removeItem(COSName.MK);
        }
    }

    /** The state named by the option id, where the engine named it by the option's index. */
    private static COSName optionId(COSName state, List<String> options) {
        if (options.isEmpty() || !state.getName().matches("\\d{1,4}")) {
            return state;
        }
        int index = Integer.parseInt(state.getName());
        return index < options.size() ? COSName.getPDFName(options.get(index)) : state;
    }

    private static PDAppearanceStream drawn(PDDocument document, PDRectangle rect, boolean radio, boolean on)
            throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        float w = rect.getWidth();
        float h = rect.getHeight();
        stream.setBBox(new PDRectangle(w, h));
        stream.setResources(new PDResources());
        try (PDPageContentStream draw = new PDPageContentStream(document, stream)) {
            draw.setStrokingColor(0f, 0f, 0f);
            draw.setNonStrokingColor(0f, 0f, 0f);
            draw.setLineWidth(1f);
            float r = Math.min(w, h) / 2f - 1f;
            float cx = w / 2f;
            float cy = h / 2f;
            if (radio) {
                circle(draw, cx, cy, r);
                draw.stroke();
                if (on) {
                    circle(draw, cx, cy, r * 0.5f);
                    draw.fill();
                }
            } else {
                draw.addRect(1f, 1f, w - 2f, h - 2f);
                draw.stroke();
                if (on) {
                    draw.setLineWidth(Math.max(1.5f, r / 4f));
                    draw.moveTo(w * 0.2f, h * 0.5f);
                    draw.lineTo(w * 0.42f, h * 0.25f);
                    draw.lineTo(w * 0.8f, h * 0.78f);
                    draw.stroke();
                }
            }
        }
        return stream;
    }

    /** A circle from four Bézier arcs. */
    private static void circle(PDPageContentStream draw, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        draw.moveTo(cx + r, cy);
        draw.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        draw.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        draw.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        draw.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        draw.closePath();
    }

    /**
     * Wraps every widget in a {@code Form} structure element, placed in reading order by
     * {@link WidgetPlacement}, and records it in the parent tree so readers find the field
     * from the annotation and the annotation from the structure.
     */
    private static void tagWidgets(PDDocument document) throws IOException {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        Map<Integer, COSObjectable> numbers = new TreeMap<>();
        collect(root.getParentTree(), numbers);
        int next = root.getParentTreeNextKey();
        WidgetPlacement placement = new WidgetPlacement(root);
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (!(annotation instanceof PDAnnotationWidget widget)) {
                    continue;
                }
                WidgetPlacement.Spot spot = placement.spotFor(page, widget);
                PDStructureElement form = new PDStructureElement("Form", spot.parent());
                form.setPage(page);
                PDObjectReference ref = new PDObjectReference();
                ref.setReferencedObject(widget);
                ref.setPage(page);
                form.appendKid(ref);
                placement.insert(spot, form);
                widget.setStructParent(next);
                numbers.put(next, form);
                next++;
            }
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(numbers);
        root.setParentTree(tree);
        root.setParentTreeNextKey(next);
    }

    /** Every entry of a number tree, however deep the engine built it. */
    private static void collect(PDNumberTreeNode node, Map<Integer, COSObjectable> into) throws IOException {
        if (node.getNumbers() != null) {
            into.putAll(node.getNumbers());
        }
        if (node.getKids() != null) {
            for (PDNumberTreeNode kid : node.getKids()) {
                collect(kid, into);
            }
        }
    }
}
