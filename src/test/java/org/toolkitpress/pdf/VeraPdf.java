package org.toolkitpress.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF in-process: the failed rules of a PDF against PDF/UA-1 and PDF/A-3a, as readable lines. */
final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** Every failed rule under PDF/UA-1 and PDF/A-3a (empty when the file passes both). */
    static List<String> failures(byte[] pdf) {
        List<String> out = new java.util.ArrayList<>();
        out.addAll(failures(pdf, PDFAFlavour.PDFUA_1));
        out.addAll(failures(pdf, PDFAFlavour.PDFA_3_A));
        return out;
    }

    static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> flavour.getId() + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber()
                            + ": " + a.getMessage() + " @ " + a.getLocation().getContext())
                    .distinct()
                    .collect(Collectors.toList());
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not check the file", e);
        }
    }
}
