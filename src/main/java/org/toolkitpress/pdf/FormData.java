package org.toolkitpress.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/** Puts answers into a PDF form's fields and takes them out again, by full field name. */
final class FormData {

    private FormData() {
    }

    /** Fills the named fields; returns the names that no field of the form has, or values a choice does not offer. */
    static List<String> fill(PDDocument document, Map<String, String> values) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm();
        List<String> refused = new ArrayList<>();
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
                    TextAppearance.setValue(text, value.getValue());
                } else {
                    field.setValue(value.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fill the PDF form", e);
        }
        return refused;
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
            String value = field.getValueAsString();
            boolean empty = value == null || value.isBlank() || value.equals("Off");
            values.put(field.getFullyQualifiedName(), empty ? "" : value);
        }
        return values;
    }
}
