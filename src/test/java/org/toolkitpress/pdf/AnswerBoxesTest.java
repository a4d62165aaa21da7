package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * {@code toolkit fill} shows every multi-line answer whole inside its box, whatever the answer's
 * shape: read back from the filled PDF, each box's appearance stream draws every word of the
 * answer, each line within the box's width and above its foot (descenders included), and a box
 * is no taller than its text needs by a whole line. An answer too long for a page even in the
 * least print is named in a warning.
 */
class AnswerBoxesTest {

    private static final String AUDIT = "trauma-informed-schools-audit";
    /** A word wider than a 166 mm box at 10 pt (no hyphen or space to break at): split, every letter shown. */
    private static final String LONG_WORDS = String.join(" ", java.util.Collections.nCopies(5,
            "WellbeingRelationalApproachesTraumaInformedPracticeEvidenceBankAutumnTermReportForGovernorsAndStaffWithActionsAndReviews"));
    private static final String LINE_BREAKS = String.join("\n", java.util.Collections.nCopies(30, "Yes"));
    private static final String WIDE = String.join(" ", java.util.Collections.nCopies(40, "WOMBAT MWMW WWWMMM"));
    private static final String NARROW = String.join(" ", java.util.Collections.nCopies(300, "ill lit"));
    /** Taller than a page at 10 pt, short enough for one at a smaller size: the box may not cross a page. */
    private static final String PAGE_LONG = String.join(" ", java.util.Collections.nCopies(100,
            "The school has worked hard on relationships this year and staff say so."));
    /** Too long for a page's box even at the least size. */
    private static final String TOO_LONG = String.join(" ", java.util.Collections.nCopies(400,
            "Every word of this answer stays in the field."));

    private static final Map<String, String> ANSWERS = new LinkedHashMap<>();
    private static Path filled;
    private static String warnings;

    @BeforeAll
    static void fill(@TempDir Path temp) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        ANSWERS.put("q1", LONG_WORDS);
        ANSWERS.put("q2", LINE_BREAKS);
        ANSWERS.put("q3", WIDE);
        ANSWERS.put("q4", NARROW);
        ANSWERS.put("q5", PAGE_LONG);
        ANSWERS.put("q6", TOO_LONG);
        StringBuilder yaml = new StringBuilder("id: shapes\naudit: " + AUDIT + "\nversion: 1\ntitle: Shapes\nanswers:\n");
        ANSWERS.forEach((item, text) -> yaml.append("  ").append(item).append(":\n    evidence: |\n")
                .append(text.lines().map(l -> "      " + l + "\n").reduce("", String::concat)));
        Path response = Files.writeString(temp.resolve("shapes.yml"), yaml.toString());
        filled = temp.resolve("shapes.pdf");
        TestSites.CliRun run = TestSites.cli("fill", response.toString(), "-o", filled.toString(),
                "-p", TestSites.projectRoot().toString());
        assertEquals(0, run.exitCode(), run.err());
        warnings = run.err();
    }

    @Test
    void everyAnswerIsDrawnWholeInsideItsBox() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(filled.toFile())) {
            List<String> problems = new ArrayList<>();
            for (String item : List.of("q1", "q2", "q3", "q4", "q5")) {
                PDTextField field = field(pdf, item);
                PDRectangle box = field.getWidgets().get(0).getRectangle();
                DrawnAnswer drawn = DrawnAnswer.of(field);
                assertEquals(box.getHeight(), drawn.box().getHeight(), 0.01, item + ": the appearance spans the widget");
                drawn.unseen(ANSWERS.get(item)).forEach(p -> problems.add(item + ": " + p));
                float blank = drawn.lowest() - drawn.descent() - drawn.box().getLowerLeftY();
                // A box taller than its printed size (26 mm) fits its text to within a line.
                if (box.getHeight() > 26 * 72 / 25.4f + 1 && blank > drawn.leading()) {
                    problems.add(item + ": " + blank + " pt left blank under the text, more than a line (" + drawn.leading() + ")");
                }
                if (drawn.size() < 7f) {
                    problems.add(item + ": drawn at " + drawn.size() + " pt, below the least size");
                }
            }
            assertEquals(List.of(), problems);
        }
    }

    @Test
    void theFormWithAnswersDrawnSmallerStillConforms() throws IOException {
        assertEquals(List.of(), VeraPdf.failures(Files.readAllBytes(filled)), "PDF/UA-1 and PDF/A-3a");
    }

    private static PDTextField field(PDDocument pdf, String item) {
        return (PDTextField) pdf.getDocumentCatalog().getAcroForm().getField(AUDIT + "." + item + ".evidence");
    }

    @Test
    void anAnswerTooLongForAPageIsNamedAndKeptWhole() throws IOException {
        assertTrue(warnings.contains("warning: the answer " + AUDIT + ".q6.evidence is too long to show in full"), warnings);
        assertTrue(warnings.contains("hint: "), warnings);
        assertEquals(1, warnings.lines().filter(l -> l.contains("too long")).count(), "only that answer is too long: " + warnings);
        try (PDDocument pdf = Loader.loadPDF(filled.toFile())) {
            assertEquals(TOO_LONG.strip(), pdf.getDocumentCatalog().getAcroForm().getField(AUDIT + ".q6.evidence").getValueAsString().strip());
        }
    }

    @Test
    void onlyAPageLongAnswerIsDrawnSmallerAndStillLegible() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(filled.toFile())) {
            for (String item : List.of("q1", "q2", "q3", "q4")) {
                assertEquals(10f, DrawnAnswer.of(field(pdf, item)).size(), item + " at the form's size");
            }
            float size = DrawnAnswer.of(field(pdf, "q5")).size();
            assertTrue(size < 10f && size >= 7f, "q5 drawn at " + size);
        }
    }
}
