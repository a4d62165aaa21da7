package org.toolkitpress.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/** Puts answers into a PDF form's fields and takes them out again, by full field name. */
final class FormData {

    private FormData() {
    }

    /**
     * What filling did not show: {@code refused}, the names that no field of the form has, or
     * name=value where a choice does not offer the value; {@code undrawn}, by field name, the
     * characters of a text answer the field's font cannot draw (shown as "?"; the value keeps them).
     */
    record Filling(List<String> refused, Map<String, List<String>> undrawn) {
    }

    /** Fills the named fields. */
    static Filling fill(PDDocument document, Map<String, String> values) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm();
        List<String> refused = new ArrayList<>();
        Map<String, List<String>> undrawn = new LinkedHashMap<>();
        // Looked up by name once: PDAcroForm.getField walks (and wraps) the whole field tree at every call.
        Map<String, PDField> fields = new HashMap<>();
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                fields.putIfAbsent(field.getFullyQualifiedName(), field);
            }
        }
        try {
            for (Map.Entry<String, String> value : values.entrySet()) {
                PDField field = fields.get(value.getKey());
                if (!(field instanceof PDTerminalField)) {
                    refused.add(value.getKey());
                } else if (field instanceof PDRadioButton radio) {
                    if (radio.getOnValues().contains(value.getValue())) {
                        radio.setValue(value.getValue());
                    } else {
                        refused.add(value.getKey() + "=" + value.getValue());
                    }
                } else if (field instanceof PDCheckBox box) {
                    if (!value.getValue().isEmpty() && !value.getValue().equals("Off")) {
                        box.check();
                    }
                } else if (field instanceof PDTextField text) {
                    List<String> missing = TextAppearance.setValue(text, value.getValue());
                    if (!missing.isEmpty()) {
                        undrawn.put(value.getKey(), missing);
                    }
                    compress(text);
                } else {
                    field.setValue(value.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fill the PDF form", e);
        }
        return new Filling(refused, undrawn);
    }

    /**
     * Flate-compresses a text field's drawn appearance, which PDFBox writes plain. The form font
     * (Atkinson Hyperlegible Next) numbers its glyphs past 127, so PDFBox writes each drawn string
     * in hex, four characters a letter: an example response's answers took 90 KB plain.
     */
    private static void compress(PDTextField field) throws IOException {
        for (PDAnnotationWidget widget : field.getWidgets()) {
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream appearance = widget.getNormalAppearanceStream();
            if (appearance == null || appearance.getCOSObject().getFilters() != null) {
                continue;
            }
            org.apache.pdfbox.cos.COSStream stream = appearance.getCOSObject();
            byte[] plain;
            try (java.io.InputStream in = stream.createInputStream()) {
                plain = in.readAllBytes();
            }
            try (java.io.OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(plain);
            }
        }
    }

    /** Every field by full name, in the form's order, with its answer ("" when empty). */
    static Map<String, String> read(PDDocument document) {
        Map<String, String> values = new LinkedHashMap<>();
        PDAcroForm form = document.getDocumentCatalog().getAcroForm();
        if (form == null) {
            return values;
        }
        for (PDField field : form.getFieldTree()) {
            if (!(field instanceof PDTerminalField)) {
                continue;
            }
            String value = field instanceof PDButton button ? chosen(button) : field.getValueAsString();
            boolean empty = value == null || value.isBlank() || value.equals("Off");
            values.put(field.getFullyQualifiedName(), empty ? "" : lineBreaks(value));
        }
        return values;
    }

    /**
     * A radio group's or check box's chosen state, however the program that filled it wrote it:
     * {@code /V} as a name (through {@code /Opt} when the states are numbered), as the standard
     * has it; else {@code /V} as a string (some programs write the export value so); else the
     * state a widget shows ({@code /AS}), where a program set only that. Otherwise an answer a
     * reader sees on the page would be read as none.
     */
    private static String chosen(PDButton button) {
        String value = button.getValueAsString();
        if (value != null && !value.isBlank() && !value.equals("Off")) {
            return value;
        }
        COSBase written = button.getCOSObject().getDictionaryObject(COSName.V);
        if (written instanceof COSString text && !text.getString().isBlank()) {
            return text.getString();
        }
        List<String> exports = button.getExportValues();
        for (PDAnnotationWidget widget : button.getWidgets()) {
            COSName state = widget.getAppearanceState();
            if (state != null && !state.equals(COSName.Off)) {
                String name = state.getName();
                return name.matches("\\d{1,4}") && Integer.parseInt(name) < exports.size() ? exports.get(Integer.parseInt(name)) : name;
            }
        }
        return "";
    }

    /**
     * A value with every line break as one line feed: Acrobat and others end a multi-line field's
     * lines with a carriage return, which the web form's boxes and every export write as {@code \n}.
     */
    static String lineBreaks(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n');
    }
}
