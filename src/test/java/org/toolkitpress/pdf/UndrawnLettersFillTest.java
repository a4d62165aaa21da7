package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * An answer in scripts and symbols the form font (Atkinson Hyperlegible Next) does not have —
 * Armenian, Greek, an emoji, Chinese, a check mark — is filled by {@code toolkit fill}: the
 * command names the question and each such character in a warning, the box draws "?" for each
 * (read from its appearance, and seen as ink on the rendered page), the field keeps the answer
 * exactly, {@code toolkit read} gives it back whole, and the PDF is still PDF/UA-1 and PDF/A.
 * An answer the font draws whole is not warned about.
 */
class UndrawnLettersFillTest {

    private static final String ANSWER = "Teulu: Բարեւ ձեզ, Καλημέρα, 😀 学校 ✓";

    @TempDir
    Path temp;

    @Test
    void charactersNoFormFontHasAreNamedAndKeptWhole() throws Exception {
        Path project = TestSites.projectRoot();
        String yaml = Files.readString(project.resolve("content/data/responses/lovely-primary-2019.yml"));
        String before = "      The rest of us need more up to date training.\n";
        assertTrue(yaml.contains(before), yaml);
        Path response = temp.resolve("scripts.yml");
        Files.writeString(response, yaml.replace(before, "      " + ANSWER + "\n"));
        Path out = temp.resolve("filled.pdf");

        TestSites.CliRun fill = TestSites.cli("fill", response.toString(), "-o", out.toString(), "-p", project.toString());
        assertEquals(0, fill.exitCode(), fill.err());
        // At the answer's key in the response file (line and column counted here from the file written).
        List<String> lines = Files.readAllLines(response);
        int line = lines.indexOf("    evidence: |") + 1;
        assertTrue(line > 0);
        String warning = response + ":" + line + ":5: warning: the answer trauma-informed-schools-audit.q1.evidence "
                + "(\u201cIndividuals Knowledge, question 1: Evidence / comments\u201d) holds characters the PDF's form font cannot draw, "
                + "so its box shows \"?\" for them: \"Բ\" (U+0532 ARMENIAN CAPITAL LETTER BEN), \"ա\" (U+0561 ARMENIAN SMALL LETTER AYB), "
                + "\"ր\" (U+0580 ARMENIAN SMALL LETTER REH), \"ե\" (U+0565 ARMENIAN SMALL LETTER ECH), "
                + "\"ւ\" (U+0582 ARMENIAN SMALL LETTER YIWN), \"ձ\" (U+0571 ARMENIAN SMALL LETTER JA), "
                + "\"զ\" (U+0566 ARMENIAN SMALL LETTER ZA), \"Κ\" (U+039A GREEK CAPITAL LETTER KAPPA), "
                + "\"α\" (U+03B1 GREEK SMALL LETTER ALPHA), \"λ\" (U+03BB GREEK SMALL LETTER LAMDA) and 7 more\n"
                + "  hint: the PDF's field still holds the answer exactly as written";
        assertTrue(fill.err().contains(warning), fill.err());
        assertEquals(1, fill.err().split("holds characters", -1).length - 1, "only the one answer is warned about: " + fill.err());

        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            PDTextField evidence = (PDTextField) document.getDocumentCatalog().getAcroForm()
                    .getField("trauma-informed-schools-audit.q1.evidence");
            assertTrue(evidence.getValue().contains(ANSWER), "the field keeps the answer: " + evidence.getValue());
            // Written out by hand: each character Next lacks is one "?"; μ is Next's own.
            assertTrue(DrawnAnswer.of(evidence).letters().endsWith("Teulu:????????,????μ???,????"),
                    DrawnAnswer.of(evidence).letters());
        }

        List<WidgetPixels.Spot> spots = WidgetPixels.answered(out, "trauma-informed-schools-audit.q1.evidence", "evidence");
        assertEquals(1, spots.size());
        BufferedImage page = WidgetPixels.pdfBox(out, spots.get(0).page());
        assertTrue(ink(page, spots.get(0).rect()) > 200, "the box is drawn, not left blank");

        TestSites.CliRun read = TestSites.cli("read", out.toString(), "-p", project.toString());
        assertEquals(0, read.exitCode(), read.err());
        String back = new ObjectMapper().readTree(read.out()).at("/answers/q1/evidence").asText();
        assertTrue(back.contains(ANSWER), back);
        assertFalse(back.contains("?"), back);
        assertEquals(List.of(), VeraPdf.failures(Files.readAllBytes(out)));
    }

    /**
     * The school's name is printed as page text in the running head of every page and on the cover,
     * in the print edition's faces, none of which has ỹ or an emoji: {@code fill} says so at the
     * name's line and column, and the head does print "#" there (what the warning claims). A Welsh
     * ŵ, which Next has, is printed and not warned about.
     */
    @Test
    void aSchoolNameTheRunningHeadCannotPrintIsNamedAtItsLine() throws Exception {
        Path project = TestSites.projectRoot();
        String yaml = Files.readString(project.resolve("content/data/responses/lovely-primary-2019.yml"));
        String before = "  setting: Lovely Primary School\n";
        assertTrue(yaml.contains(before), yaml);
        Path response = temp.resolve("head.yml");
        Files.writeString(response, yaml.replace(before, "  setting: Ysgol Bryn T\u1ef9 \ud83c\udfeb\n"));
        int line = Files.readAllLines(response).indexOf("  setting: Ysgol Bryn T\u1ef9 \ud83c\udfeb") + 1;
        Path out = temp.resolve("head.pdf");
        TestSites.CliRun fill = TestSites.cli("fill", response.toString(), "-o", out.toString(), "-p", project.toString());
        assertEquals(0, fill.exitCode(), fill.err());
        assertTrue(fill.err().contains(response + ":" + line + ":3: warning: the answer \u201cYsgol Bryn T\u1ef9 \ud83c\udfeb\u201d "
                + "(header setting) is printed in the running head of every page and on the cover, where no font of the print "
                + "edition has \"\u1ef9\" (U+1EF9 LATIN SMALL LETTER Y WITH TILDE), \"\ud83c\udfeb\" (U+1F3EB SCHOOL): "
                + "they print as \"#\" there\n  hint: the form's own field keeps the answer as written"), fill.err());
        // The field itself (drawn in the form font) is warned about as any answer, for the emoji alone: Next draws ỹ from its parts.
        assertTrue(fill.err().contains(response + ":" + line + ":3: warning: the answer trauma-informed-schools-audit.header.setting"),
                fill.err());
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String page = stripper.getText(document);
            assertTrue(page.contains("Ysgol Bryn T# #"), "the head prints what the warning says: " + page);
        }

        Files.writeString(response, yaml.replace(before, "  setting: Ysgol y Wa\u0175n\n"));
        TestSites.CliRun welsh = TestSites.cli("fill", response.toString(), "-o", out.toString(), "--force", "-p", project.toString());
        assertEquals(0, welsh.exitCode(), welsh.err());
        assertFalse(welsh.err().contains("running head"), welsh.err());
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertTrue(stripper.getText(document).contains("Ysgol y Wa\u0175n"), "ŵ is printed in the head");
        }
    }

    /**
     * A filled edition built from a response file warns as {@code toolkit fill} does, at the
     * edition: a ✓, which page text prints (Noto Sans Symbols 2) but a field cannot, is named
     * although the check stage has nothing to say about it.
     */
    @Test
    void aFilledEditionWarnsAboutItsAnswersToo() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("scored"), temp.resolve("project"));
        Path response = project.resolve("content/data/responses/inclusion-example.yml");
        String before = "    text: Plan lessons together across the year group.\n";
        assertTrue(Files.readString(response).contains(before));
        Files.writeString(response, Files.readString(response).replace(before, "    text: Plan lessons together ✓\n"));
        org.toolkitpress.build.Build.Result result = org.toolkitpress.build.Build.run(
                org.toolkitpress.configure.Configure.settings(project, temp.resolve("site"), true).withPdf(true));
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        List<String> warned = result.diagnostics().sorted().stream().map(org.toolkitpress.model.Diagnostic::format)
                .filter(l -> l.contains("✓")).toList();
        assertEquals(1, warned.size(), warned.toString());
        assertTrue(warned.get(0).startsWith("content/toolkit.yml:"), warned.get(0));
        assertTrue(warned.get(0).contains(": warning: in the PDF downloads/inclusion-example.pdf, the answer inclusion-audit.next-step.text ("),
                warned.get(0));
        assertTrue(warned.get(0).contains(" holds characters the PDF's form font cannot draw, so its box shows \"?\" for them: "
                + "\"✓\" (U+2713 CHECK MARK)\n  hint: the PDF's field still holds the answer exactly as written"), warned.get(0));
    }

    /** Dark pixels inside a widget, 3 pt in from its edges (the page draws the border). */
    private static int ink(BufferedImage page, PDRectangle rect) {
        float scale = page.getHeight() / PDRectangle.A4.getHeight();
        int x0 = Math.round((rect.getLowerLeftX() + 3) * scale);
        int x1 = Math.round((rect.getUpperRightX() - 3) * scale);
        int y0 = Math.round((PDRectangle.A4.getHeight() - rect.getUpperRightY() + 3) * scale);
        int y1 = Math.round((PDRectangle.A4.getHeight() - rect.getLowerLeftY() - 3) * scale);
        int dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = page.getRGB(x, y);
                if (((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
