package org.toolkitpress.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * A text field's answer as its appearance stream draws it, read back from a filled PDF whoever
 * drew it (PDFBox for {@code toolkit fill}, pdf-lib in the browser): every string shown, where
 * (text position from {@code Td}/{@code TD} moves and {@code Tm}), how wide (the font's own
 * widths) and at what size. Independent of the code that lays answers out.
 *
 * @param box   the appearance's bounding box (the widget's size)
 * @param size  the text size
 * @param descent how far the font's letters reach below a baseline at that size
 */
record DrawnAnswer(PDRectangle box, float size, float descent, List<Shown> shown) {

    /** Both PDFBox and pdf-lib clip a field's text 1 pt inside its box. */
    static final float CLIP = 1f;

    /** One string shown: its baseline's start, its width to its last visible letter (a trailing space shows nothing) and its text. */
    record Shown(float x, float y, float width, String text) {
    }

    static DrawnAnswer of(PDTextField field) throws IOException {
        PDAppearanceStream stream = field.getWidgets().get(0).getNormalAppearanceStream();
        List<List<Object>> ops = new ArrayList<>();
        List<Object> operands = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(stream);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            operands.add(token);
            if (token instanceof Operator) {
                ops.add(operands);
                operands = new ArrayList<>();
            }
        }
        PDFont font = null;
        float size = 0;
        float x = 0;
        float y = 0;
        List<Shown> shown = new ArrayList<>();
        for (List<Object> op : ops) {
            String name = ((Operator) op.get(op.size() - 1)).getName();
            switch (name) {
                case "BT" -> x = y = 0;
                case "Tf" -> {
                    font = stream.getResources().getFont((COSName) op.get(0));
                    size = ((COSNumber) op.get(1)).floatValue();
                }
                case "Td", "TD" -> {
                    x += ((COSNumber) op.get(0)).floatValue();
                    y += ((COSNumber) op.get(1)).floatValue();
                }
                case "Tm" -> {
                    x = ((COSNumber) op.get(4)).floatValue();
                    y = ((COSNumber) op.get(5)).floatValue();
                }
                case "Tj" -> shown.add(shown(font, size, x, y, ((COSString) op.get(0)).getBytes()));
                default -> { }
            }
        }
        float descent = font == null ? 0 : Math.abs(font.getFontDescriptor().getDescent()) * size / 1000f;
        return new DrawnAnswer(stream.getBBox(), size, descent, List.copyOf(shown));
    }

    private static Shown shown(PDFont font, float size, float x, float y, byte[] bytes) {
        StringBuilder text = new StringBuilder();
        float width = 0;
        float inked = 0;
        try (ByteArrayInputStream in = new ByteArrayInputStream(bytes)) {
            while (in.available() > 0) {
                int code = font.readCode(in);
                String unicode = font.toUnicode(code);
                text.append(unicode == null ? "\uFFFD" : unicode);
                width += font.getWidth(code) * size / 1000f;
                if (unicode == null || !unicode.isBlank()) {
                    inked = width;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Shown(x, y, inked, text.toString());
    }

    /** Every letter drawn, in order, without the spaces and line breaks between them. */
    String letters() {
        return String.join("", shown.stream().map(Shown::text).toList()).replaceAll("\\s+", "");
    }

    /** The lowest baseline drawn. */
    float lowest() {
        return (float) shown.stream().mapToDouble(Shown::y).min().orElse(box.getUpperRightY());
    }

    /** The distance between the first two lines (0 with one line). */
    float leading() {
        List<Float> rows = shown.stream().map(Shown::y).distinct().sorted((a, b) -> Float.compare(b, a)).toList();
        return rows.size() < 2 ? 0 : rows.get(0) - rows.get(1);
    }

    /**
     * What of {@code answer} is not seen on the page: letters not drawn, a line running past the
     * clip at the box's side, or below it at the box's foot; empty when the whole answer shows.
     */
    List<String> unseen(String answer) {
        List<String> problems = new ArrayList<>();
        String expected = answer.replaceAll("\\s+", "");
        if (!letters().equals(expected)) {
            problems.add("the drawn text is not the answer: it ends \"" + tail(letters()) + "\", the answer \"" + tail(expected) + "\"");
        }
        if (lowest() - descent < box.getLowerLeftY() + CLIP) {
            problems.add("the last line's foot at " + (lowest() - descent) + " is below the clip at " + (box.getLowerLeftY() + CLIP));
        }
        for (Shown line : shown) {
            if (line.x() < box.getLowerLeftX() + CLIP || line.x() + line.width() > box.getUpperRightX() - CLIP) {
                problems.add("\"" + tail(line.text()) + "\" runs past the box's side (" + line.x() + " + " + line.width()
                        + " in " + box.getWidth() + ")");
            }
        }
        return problems;
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 40));
    }
}
