package org.toolkitpress.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * A filled audit PDF rewritten as other viewers save one (made with PDFBox from a form filled
 * by {@code toolkit fill} or in pdf.js): what the reading of returns has to survive.
 */
final class ViewerVariants {

    private ViewerVariants() {
    }

    private interface Change {
        void apply(PDDocument pdf, PDAcroForm form) throws IOException;
    }

    private static Path rewrite(Path filled, Path out, Change change) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(filled.toFile())) {
            change.apply(pdf, pdf.getDocumentCatalog().getAcroForm());
            pdf.save(out.toFile());
        }
        return out;
    }

    /** Every widget's appearance dropped and {@code NeedAppearances true}: the viewer draws the values itself. */
    static Path withoutAppearances(Path filled, Path out) throws IOException {
        return rewrite(filled, out, (pdf, form) -> {
            for (PDField field : form.getFieldTree()) {
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    if (field instanceof PDTextField) {
                        widget.getCOSObject().removeItem(COSName.AP);
                    }
                }
            }
            form.setNeedAppearances(true);
        });
    }

    /** Multi-line text with its lines ended by a carriage return, as Acrobat writes them. */
    static Path carriageReturns(Path filled, Path out) throws IOException {
        return rewrite(filled, out, (pdf, form) -> {
            for (PDField field : form.getFieldTree()) {
                String value = field.getCOSObject().getString(COSName.V);
                if (field instanceof PDTextField && value != null && value.contains("\n")) {
                    field.getCOSObject().setItem(COSName.V, new COSString(value.replace("\n", "\r")));
                }
            }
        });
    }

    /** The named radio group's answer written as a string (the export value) instead of the on-state's name. */
    static Path radioAsString(Path filled, Path out, String radio) throws IOException {
        return rewrite(filled, out, (pdf, form) -> {
            PDField field = form.getField(radio);
            String chosen = field.getCOSObject().getNameAsString(COSName.V);
            field.getCOSObject().setItem(COSName.V, new COSString(chosen));
        });
    }

    /** The named radio group with no value, only the chosen button's state ({@code /AS}) set. */
    static Path radioStateOnly(Path filled, Path out, String radio) throws IOException {
        return rewrite(filled, out, (pdf, form) -> form.getField(radio).getCOSObject().removeItem(COSName.V));
    }

    /** Every field flattened: the answers drawn on the pages, no form left (the metadata kept). */
    static Path flattened(Path filled, Path out) throws IOException {
        return rewrite(filled, out, (pdf, form) -> form.flatten());
    }

    /** The named fields flattened, the rest of the form kept. */
    static Path partlyFlattened(Path filled, Path out, List<String> names) throws IOException {
        return rewrite(filled, out, (pdf, form) -> {
            List<PDField> fields = new ArrayList<>();
            names.forEach(name -> fields.add(form.getField(name)));
            form.flatten(fields, false);
        });
    }
}
