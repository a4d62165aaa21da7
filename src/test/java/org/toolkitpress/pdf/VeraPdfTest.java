package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * {@link VeraPdf} itself: a PDF made with none of what PDF/UA-1 and PDF/A-3a ask for fails rules
 * of both profiles, so every "no failures" asserted elsewhere can fail.
 */
class VeraPdfTest {

    /** One page of text in a font that is not embedded; no tags, no language, no XMP metadata, no output intent. */
    static byte[] broken() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Not tagged, not embedded");
                text.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPdfWithNoneOfWhatTheProfilesAskForFailsRulesOfBoth() throws IOException {
        List<String> failures = VeraPdf.failures(broken());
        // "ua1 7.1-8: ... @ ..." -> "ua1 7.1-8"
        Set<String> rules = failures.stream().map(f -> f.substring(0, f.indexOf(':'))).collect(Collectors.toCollection(TreeSet::new));
        // What the file lacks, rule by rule in each profile: a structure tree and an embedded font
        // (PDF/UA-1 7.1-11, 7.21.4.1-1); XMP metadata and an embedded font (PDF/A-3 6.6.2.1-1, 6.2.11.4.1-1).
        assertTrue(rules.containsAll(List.of("ua1 7.1-11", "ua1 7.21.4.1-1", "3a 6.6.2.1-1", "3a 6.2.11.4.1-1")),
                "failed rules: " + rules);
    }
}
