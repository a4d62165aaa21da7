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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * How a filled answer is shown in its multi-line box: the size its text is drawn at and the
 * height the box needs, measured by the layout that draws it. A box is clipped to its rectangle
 * in every viewer and on paper, so a filled form is laid out knowing its answers. The answer is
 * laid out by PDFBox itself (the same line breaking, font and padding that {@link FormData#fill}
 * draws with) in a scratch field of the box's width, and its drawn lines are read back: the
 * lines' count, the lowest baseline and the widest line (PDFBox breaks at spaces and hyphens,
 * and splits a word wider than the box, so the width is checked only to be sure). An answer
 * taller than the room on a page is drawn smaller, down to {@link #LEAST_SIZE}; what does not
 * fit even then is reported ({@link Fit#whole}).
 */
final class AnswerFit implements AutoCloseable {

    /** The size multi-line answers are drawn at: big enough to read, small enough for a paragraph of evidence. */
    static final float SIZE = 10f;
    /**
     * The least size an answer is drawn at: 7 pt in Atkinson Hyperlegible (x-height about 3.6 pt)
     * still reads on paper; smaller print is what large-print guidance warns against.
     */
    static final float LEAST_SIZE = 7f;
    private static final float STEP = 0.5f;
    /** PDFBox pads a field's text by 1 pt inside a 1 pt clip, on every side (its border is drawn by the page). */
    private static final float PADDING = 2f;
    private static final float CLIP = 1f;
    /**
     * Tall enough for any answer's scratch layout (PDFBox lays text out from the top down), and
     * no taller: the first line's position is written and read as a float, which near 100,000 pt
     * keeps only 1/128 pt (near 10,000 pt, ten A4 pages, 1/1024 pt).
     */
    private static final float TALL = 10_000f;

    /**
     * {@code size}: the size to draw at; {@code height}: the least height (pt) of a box that
     * shows the answer whole at that size; {@code whole}: false when even {@link #LEAST_SIZE}
     * does not fit the room given (then {@code height} is the room, and the rest is cut off).
     */
    record Fit(float size, float height, boolean whole) {
    }

    private final PDDocument scratch;
    private final PDType0Font font;
    private final String fontName;
    private final PDTextField probe;
    private final PDAnnotationWidget widget;

    /** {@code formFont}: the form font file, as the PDF embeds it whole. */
    AnswerFit(byte[] formFont) {
        scratch = new PDDocument();
        try {
            PDPage page = new PDPage();
            scratch.addPage(page);
            PDAcroForm form = new PDAcroForm(scratch);
            scratch.getDocumentCatalog().setAcroForm(form);
            font = PDType0Font.load(scratch, new ByteArrayInputStream(formFont), false);
            PDResources resources = new PDResources();
            COSName name = resources.add(font);
            fontName = name.getName();
            form.setDefaultResources(resources);
            probe = new PDTextField(form);
            probe.setPartialName("answer");
            probe.setMultiline(true);
            form.getFields().add(probe);
            widget = probe.getWidgets().get(0);
            widget.setPage(page);
            page.getAnnotations().add(widget);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the form font", e);
        }
    }

    /**
     * How {@code answer} is shown in a box {@code width} pt wide that may be at most
     * {@code room} pt tall: the largest size from {@link #SIZE} down to {@link #LEAST_SIZE} in
     * half points at which every line is within the box's width and the box within the room.
     */
    Fit fit(String answer, float width, float room) {
        for (float size = SIZE; size >= LEAST_SIZE; size -= STEP) {
            Lines lines = lay(answer, width, size);
            if (lines.widest() <= width - PADDING && lines.height() <= room) {
                return new Fit(size, lines.height(), true);
            }
        }
        return new Fit(LEAST_SIZE, room, false);
    }

    /**
     * The lines PDFBox draws: how far right the widest line reaches from the box's left edge
     * (its padding included) and the least box height that shows the lowest line whole.
     */
    private record Lines(float widest, float height) {
    }

    private Lines lay(String answer, float width, float size) {
        try {
            probe.setDefaultAppearance("/" + fontName + " " + size + " Tf 0 g");
            widget.setRectangle(new PDRectangle(0, 0, width, TALL));
            widget.setAppearance(null);
            // Laid out as it will be drawn: letters the font lacks by their parts (TextAppearance.drawable).
            probe.setValue(TextAppearance.drawable(probe, answer));
            // Summed in double: near TALL a float keeps only 1/128 pt, and a hundred lines' moves
            // lost a tenth of a point, enough to put the last line's descenders under the clip.
            double x = 0;
            double y = 0;
            double lowest = TALL;
            double widest = 0;
            List<Object> operands = new ArrayList<>();
            PDFStreamParser parser = new PDFStreamParser(widget.getNormalAppearanceStream());
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (token instanceof Operator op) {
                    switch (op.getName()) {
                        case "Td", "TD" -> {
                            x += ((COSNumber) operands.get(0)).floatValue();
                            y += ((COSNumber) operands.get(1)).floatValue();
                        }
                        // PDFBox shows each word with its own Tj, moved along the line by Td.
                        case "Tj" -> {
                            lowest = Math.min(lowest, y);
                            widest = Math.max(widest, x + width(((COSString) operands.get(0)).getBytes(), size));
                        }
                        default -> { }
                    }
                    operands.clear();
                } else {
                    operands.add(token);
                }
            }
            // The lowest line's descenders must clear the clip at the box's foot.
            float descent = Math.abs(font.getFontDescriptor().getDescent()) * size / 1000f;
            return new Lines((float) widest, (float) (TALL - lowest + descent + CLIP));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out an answer", e);
        }
    }

    /**
     * A drawn string's width to its last visible letter (PDFBox ends a word with its space, which
     * may run past the box unseen): two-byte codes of the Identity-H form font.
     */
    private float width(byte[] codes, float size) throws IOException {
        float units = 0;
        float inked = 0;
        for (int i = 0; i + 1 < codes.length; i += 2) {
            int code = ((codes[i] & 0xff) << 8) | (codes[i + 1] & 0xff);
            units += font.getWidth(code);
            String unicode = font.toUnicode(code);
            if (unicode == null || !unicode.isBlank()) {
                inked = units;
            }
        }
        return inked * size / 1000f;
    }

    @Override
    public void close() {
        try {
            scratch.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the scratch form", e);
        }
    }
}
