package org.toolkitpress.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Sets a text field's value with PDFBox drawing its appearance, the one way the form's text
 * fields are given values. PDFBox, before it redraws an appearance, asks the appearance's own
 * resources whether the field's font is there; those resources keep no font cache, so every
 * such question reads the embedded form font (whole, not a subset) again: two thirds of the
 * time a form spent on its fields. The fonts are hidden from that question while PDFBox draws
 * (it then adds the same font from the form's resources, which are cached) and the resources
 * put back as they were, entry for entry, so the file is what PDFBox alone would write.
 */
final class TextAppearance {

    private TextAppearance() {
    }

    /**
     * Sets the value and draws it; returns the characters the field's font cannot draw, shown as
     * "?" ({@link FieldLetters}), each once (empty when it draws them all).
     */
    static List<String> setValue(PDTextField field, String value) throws IOException {
        COSDictionary formFonts = formFonts(field);
        Map<COSDictionary, Map<COSName, COSBase>> hidden = new IdentityHashMap<>();
        for (PDAnnotationWidget widget : field.getWidgets()) {
            PDAppearanceStream stream = widget.getNormalAppearanceStream();
            COSDictionary resources = stream == null ? null : stream.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            if (resources == null || hidden.containsKey(resources) || !allIn(resources.getCOSDictionary(COSName.FONT), formFonts)) {
                continue;
            }
            Map<COSName, COSBase> entries = new LinkedHashMap<>();
            for (Map.Entry<COSName, COSBase> entry : resources.entrySet()) {
                entries.put(entry.getKey(), entry.getValue());
            }
            hidden.put(resources, entries);
            resources.removeItem(COSName.FONT);
        }
        try {
            FieldLetters.Drawn drawn = drawn(field, value);
            field.setValue(drawn.text());
            if (!drawn.text().equals(value)) {
                // The value is the answer, exactly as given; only the drawing makes do.
                field.getCOSObject().setString(COSName.V, value);
            }
            return drawn.missing();
        } finally {
            hidden.forEach((resources, entries) -> {
                resources.clear();
                entries.forEach(resources::setItem);
            });
        }
    }

    /**
     * The text as the field's font can draw it, by the rule the browser's filling keeps
     * ({@link FieldLetters}): a letter the font lacks is drawn from its decomposed parts when the
     * font has them all, else as "?". PDFBox would otherwise refuse the whole value. The theme's
     * form font, Atkinson Hyperlegible Next, has every letter of Welsh (ŵ ŷ ẁ ẃ ẅ ỳ among them),
     * so this is for other scripts, symbols, emoji, ỹ, or a brand's own form font.
     */
    static String drawable(PDTextField field, String value) throws IOException {
        return drawn(field, value).text();
    }

    private static FieldLetters.Drawn drawn(PDTextField field, String value) throws IOException {
        PDFont font = font(field);
        if (font == null || value.chars().allMatch(c -> c < 0x80)) {
            return new FieldLetters.Drawn(value, List.of());
        }
        return FieldLetters.draw(value, c -> drawable(font, Character.toString(c)));
    }

    /** Whether the font has a glyph for the letter: PDFBox's one public test of it is encoding, which refuses a missing one. */
    private static boolean drawable(PDFont font, String letter) {
        try {
            font.encode(letter);
            return true;
        } catch (IllegalArgumentException | IOException missing) {
            return false;
        }
    }

    /** The font the field's default appearance ({@code /DA}) names, from the form's resources; null when it names none found. */
    private static PDFont font(PDTextField field) throws IOException {
        String appearance = field.getDefaultAppearance();
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("/(\\S+)\\s+[\\d.]+\\s+Tf").matcher(appearance == null ? "" : appearance);
        PDResources resources = field.getAcroForm().getDefaultResources();
        return named.find() && resources != null ? resources.getFont(COSName.getPDFName(named.group(1))) : null;
    }

    /** The form's default fonts, where PDFBox looks for each font an appearance names. */
    private static COSDictionary formFonts(PDTextField field) {
        COSDictionary defaults = field.getAcroForm().getCOSObject().getCOSDictionary(COSName.DR);
        return defaults == null ? null : defaults.getCOSDictionary(COSName.FONT);
    }

    /**
     * Whether every font an appearance lists is also a font of the form. PDFBox copies an
     * appearance's font the form lacks into the form's resources: such an appearance is left
     * as it is, so that PDFBox still sees and copies it.
     */
    private static boolean allIn(COSDictionary fonts, COSDictionary formFonts) {
        if (fonts == null) {
            return false;
        }
        for (COSName name : new ArrayList<>(fonts.keySet())) {
            if (formFonts == null || !(formFonts.getDictionaryObject(name) instanceof COSDictionary)) {
                return false;
            }
        }
        return true;
    }
}
