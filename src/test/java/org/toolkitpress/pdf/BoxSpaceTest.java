package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * A write-in box is as tall as its data asks ({@code space: small | medium | large}) on each kind
 * of box — a text item's answer, a text part, evidence, a closing field — in the fillable PDF,
 * read back as its field's rectangle; {@code fill} sizes an answer to that box (a long answer
 * fits a large box as it stands); the PDF still conforms; a mistyped value is refused by name.
 * The heights are print.css's, written here in millimetres.
 */
class BoxSpaceTest {

    private static final String AUDIT = "story-audit";
    private static final Path FIXTURE = TestSites.fixture("box-space");
    /** About 18 lines at the form's 10 pt in a 166 mm box: more than a 40 mm box holds, less than 90 mm. */
    private static final String STORY = String.join(" ", Collections.nCopies(18,
            "Amira joined in September and said little for the first fortnight, then found her voice."));

    private static Path site;
    private static Path form;
    private static Path filled;
    private static String fillWarnings;

    @BeforeAll
    static void build(@TempDir Path temp) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        TestSites.Built built = TestSites.built(FIXTURE, true);
        site = built.site();
        form = site.resolve("downloads/" + AUDIT + ".pdf");
        String yaml = "id: long-story\naudit: " + AUDIT + "\nversion: 1\nanswers:\n"
                + "  story:\n    text: " + STORY + "\n"
                + "  word:\n    text: " + STORY + "\n";
        Path response = Files.writeString(temp.resolve("long-story.yml"), yaml);
        filled = temp.resolve("long-story.pdf");
        TestSites.CliRun run = TestSites.cli("fill", response.toString(), "-o", filled.toString(), "-p", FIXTURE.toString());
        assertEquals(0, run.exitCode(), run.err());
        fillWarnings = run.err();
    }

    @Test
    void eachBoxIsAsTallAsItsDataAsks() throws IOException {
        Map<String, Float> expected = new LinkedHashMap<>();
        expected.put(AUDIT + ".story.text", 90f);       // space: large
        expected.put(AUDIT + ".word.text", 16f);        // space: small
        expected.put(AUDIT + ".usual.text", 40f);       // no space: a text item's usual height
        expected.put(AUDIT + ".next.steps", 90f);       // a text part, large
        expected.put(AUDIT + ".next.notes", 26f);       // a text part, no space: the usual box
        expected.put(AUDIT + ".story.evidence", 16f);   // evidence: space: small, every item's
        expected.put(AUDIT + ".usual.evidence", 16f);
        expected.put(AUDIT + ".closing.whole", 90f);    // closing, large
        expected.put(AUDIT + ".closing.sign-off", 16f); // closing, small
        try (PDDocument pdf = Loader.loadPDF(form.toFile())) {
            List<String> problems = new ArrayList<>();
            expected.forEach((name, mm) -> {
                float height = heightMm(pdf, name);
                if (Math.abs(height - mm) > 0.5f) {
                    problems.add(name + ": " + height + " mm, not " + mm);
                }
            });
            assertEquals(List.of(), problems);
        }
    }

    @Test
    void theWebFormsBoxesShowAsManyRowsAsTheirDataAsks() throws IOException {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(site.resolve("audits/" + AUDIT + "/index.html")));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(AUDIT + ".story.text", "12");       // large
        expected.put(AUDIT + ".word.text", "2");         // small
        expected.put(AUDIT + ".usual.text", "4");        // a text item's usual rows
        expected.put(AUDIT + ".next.steps", "12");
        expected.put(AUDIT + ".next.notes", "3");        // a part's usual rows
        expected.put(AUDIT + ".story.evidence", "2");
        expected.put(AUDIT + ".closing.whole", "12");
        expected.put(AUDIT + ".closing.sign-off", "2");
        Map<String, String> rows = new LinkedHashMap<>();
        expected.keySet().forEach(name -> rows.put(name, page.select("textarea[name=\"" + name + "\"]").attr("rows")));
        assertEquals(expected, rows);
    }

    @Test
    void aLongAnswerFitsALargeBoxAsItStandsAndASmallBoxGrowsToShowItWhole() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(filled.toFile())) {
            // The large box already holds the answer: not grown, drawn at the form's size, every word shown.
            assertEquals(90f, heightMm(pdf, AUDIT + ".story.text"), 0.5f);
            DrawnAnswer story = DrawnAnswer.of(text(pdf, AUDIT + ".story.text"));
            assertEquals(10f, story.size(), "drawn at the form's size");
            assertEquals(List.of(), story.unseen(STORY));
            // The same answer in a small box: the box grows to hold it (a filled box never hides
            // words that fit on a page), taller than 40 mm and than the small box's 16 mm.
            float word = heightMm(pdf, AUDIT + ".word.text");
            assertTrue(word > 40f && word < 90f, "the small box grew to " + word + " mm");
            assertEquals(List.of(), DrawnAnswer.of(text(pdf, AUDIT + ".word.text")).unseen(STORY));
        }
        assertFalse(fillWarnings.contains("too long"), fillWarnings);
    }

    @Test
    void theFormAndTheFilledFormConform() throws IOException {
        assertEquals(List.of(), VeraPdf.failures(Files.readAllBytes(form)), "the form: PDF/UA-1 and PDF/A-3a");
        assertEquals(List.of(), VeraPdf.failures(Files.readAllBytes(filled)), "filled: PDF/UA-1 and PDF/A-3a");
    }

    @Test
    void aMistypedSpaceIsRefusedWithTheNearestWord(@TempDir Path temp) throws IOException {
        Path project = TestSites.copy(FIXTURE, temp);
        Path audit = project.resolve("content/data/audits/" + AUDIT + ".yml");
        Files.writeString(audit, Files.readString(audit).replaceFirst("space: large", "space: lareg"));
        TestSites.CliRun run = TestSites.cli("check", "-p", project.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/data/audits/" + AUDIT + ".yml:20:9: error: \"space\" must be one of small, medium, large, not \"lareg\""),
                run.err());
        assertTrue(run.err().contains("hint: did you mean \"large\"?"), run.err());
    }

    @Test
    void aSpaceOnABoxThatIsNotWrittenInIsWarnedOfOnce(@TempDir Path temp) throws IOException {
        Path project = TestSites.copy(FIXTURE, temp);
        Path audit = project.resolve("content/data/audits/" + AUDIT + ".yml");
        Files.writeString(audit, Files.readString(audit)
                .replace("scale: written\nevidence:", "scale: written\nparts:\n  - id: done\n    type: tick\n    label: Done\n    space: large\nevidence:")
                .replace("text: What else should the council know?\n", "text: What else should the council know?\n        scale: none\n        space: small\n"));
        TestSites.CliRun run = TestSites.cli("check", "-p", project.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(
                "content/data/audits/" + AUDIT + ".yml:12:5: warning: part \"done\" is a tick, and `space:` sizes only write-in boxes",
                "content/data/audits/" + AUDIT + ".yml:29:9: warning: item \"usual\" asks for `space: small` but has no write-in answer box of its own"),
                run.err().lines().filter(l -> l.contains("warning:")).toList(), "the tick part, given to every item, is named once: " + run.err());
    }

    private static PDTextField text(PDDocument pdf, String name) {
        PDField field = pdf.getDocumentCatalog().getAcroForm().getField(name);
        assertNotNull(field, () -> name + " is not among " + names(pdf));
        return (PDTextField) field;
    }

    private static float heightMm(PDDocument pdf, String name) {
        return text(pdf, name).getWidgets().get(0).getRectangle().getHeight() * 25.4f / 72f;
    }

    private static List<String> names(PDDocument pdf) {
        List<String> out = new ArrayList<>();
        pdf.getDocumentCatalog().getAcroForm().getFieldTree().forEach(f -> out.add(f.getFullyQualifiedName()));
        return out;
    }
}
