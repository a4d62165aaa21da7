package org.toolkitpress.pdf;

import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A filled form's multi-line boxes sized to their answers. After the engine's first layout (which
 * gives each box its width, from print.css), every box with an answer gets the height the answer
 * needs at the size {@link AnswerFit} chooses, as a {@code min-height} in the document, which is
 * then laid out again; when the answers are filled in, each is drawn at that size. A box is never
 * taller than a page's text area less a line for its label (a widget cannot cross pages): an
 * answer too long for that is drawn smaller; what does not fit even at the least size is named
 * in {@link #tooLong}. A form without answers is left exactly as it was.
 */
final class AnswerBoxes {

    /** A box's label above it, kept on the same page (print.css): room left for it, in points. */
    private static final float LABEL = 24f;

    private final Map<String, String> answers;
    private final byte[] formFont;
    private final Map<String, AnswerFit.Fit> fits = new LinkedHashMap<>();

    /** {@code answers}: the filled fields' values by name (only multi-line boxes' are used). */
    AnswerBoxes(Map<String, String> answers, byte[] formFont) {
        this.answers = answers;
        this.formFont = formFont;
    }

    /**
     * Sizes every answered multi-line box of the laid-out {@code root} in {@code html}; true when
     * one changed (then the document must be laid out again). {@code dotsPerPoint}: the engine's unit.
     */
    boolean size(Box root, Document html, float dotsPerPoint) {
        List<Box> boxes = new ArrayList<>();
        collect(root, boxes);
        if (boxes.isEmpty()) {
            return false;
        }
        Layer layer = root.getLayer();
        PageBox page = layer.getPages().get(0);
        float room = (page.getBottom() - page.getTop()) / dotsPerPoint - LABEL;
        boolean changed = false;
        try (AnswerFit fit = new AnswerFit(formFont)) {
            for (Box box : boxes) {
                String name = box.getElement().getAttribute("name");
                AnswerFit.Fit one = fit.fit(answers.get(name), box.getContentWidth() / dotsPerPoint, room);
                fits.put(name, one);
                Element textarea = html.selectFirst("textarea[name=\"" + name.replace("\"", "\\\"") + "\"]");
                if (textarea != null) {
                    // The engine keeps lengths in whole dots and drops a part dot, so a height rounded
                    // up to a hundredth of a point could still lose up to a twentieth of one: the
                    // height asked is the whole dots that hold the text and half a dot more, so the
                    // box is never a hair short of its text whichever way the engine rounds.
                    double dots = Math.ceil(one.height() * dotsPerPoint) + 0.5;
                    textarea.attr("style", String.format(Locale.ROOT, "min-height: %.4fpt", dots / dotsPerPoint));
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** Draws each sized answer at its size: the field's text size, set before the answers are filled in. */
    void setSizes(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm();
        if (form == null || fits.isEmpty()) {
            return;
        }
        for (PDField field : form.getFieldTree()) {
            AnswerFit.Fit fit = fits.get(field.getFullyQualifiedName());
            if (field instanceof PDTextField text && fit != null && fit.size() != AnswerFit.SIZE) {
                text.setDefaultAppearance(text.getDefaultAppearance().replaceFirst(" [\\d.]+ Tf",
                        " " + String.format(Locale.ROOT, "%.1f", fit.size()) + " Tf"));
            }
        }
    }

    /** The fields whose answers do not fit their box even at the least size (some of the text is cut off). */
    List<String> tooLong() {
        return fits.entrySet().stream().filter(e -> !e.getValue().whole()).map(Map.Entry::getKey).toList();
    }

    private void collect(Box box, List<Box> found) {
        org.w3c.dom.Element element = box.getElement();
        if (element != null && "textarea".equals(element.getNodeName())) {
            String value = answers.get(element.getAttribute("name"));
            if (value != null && !value.isBlank() && found.stream().noneMatch(b -> b.getElement() == element)) {
                found.add(box);
            }
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), found);
        }
    }
}
