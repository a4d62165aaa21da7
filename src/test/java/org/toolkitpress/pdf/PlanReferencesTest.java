package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.toolkitpress.testing.TestSites;

/**
 * The action plan's "Question" cell names its question by a reference the printed form shows
 * beside that question, drawn whole inside the cell, and reads back to the item's id
 * ({@code toolkit fill}, {@code toolkit read}). The expected
 * references are written here from the YAML and the printed headings, not worked out by the code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanReferencesTest {

    private static final String RELATIONAL = "relational-approaches-audit";
    private static final String RUBRIC = "rubric-audit";

    /**
     * The default content's relational audit numbers afresh in each group ("1", "2" … under
     * "Whole School values and ethos", again under "Whole School practice") and repeats its
     * group titles in the next section: the plan names a question by heading and number.
     */
    private static final Map<String, String> RELATIONAL_REFS = refs(
            "safe-ethos-2", "1.1.2",
            "safe-practice-3", "1.2.3",
            "personal-ethos-1", "2.1.1",
            "personal-practice-2", "2.2.2");

    /** The gallery's rubric numbers per section without groups: "validate" is 1 and "training" 1 again. */
    private static final Map<String, String> RUBRIC_REFS = refs(
            "limits", "1.2",
            "training", "2.1");

    private Path temp;
    private Path relational;
    private Path rubric;
    private Path gallery;

    private static Map<String, String> refs(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static String response(String id, String audit, Map<String, String> refs) {
        StringBuilder yaml = new StringBuilder("id: " + id + "\naudit: " + audit + "\nversion: 1\nplan:\n");
        refs.keySet().forEach(item -> yaml.append("  - { item: ").append(item).append(", action: Act on ").append(item)
                .append(", who: Head, by: July 2027, measure: Survey }\n"));
        return yaml.toString();
    }

    private Path fill(Path project, String id, String audit, Map<String, String> refs) throws IOException {
        Path response = Files.writeString(temp.resolve(id + ".yml"), response(id, audit, refs));
        Path pdf = temp.resolve(id + ".pdf");
        TestSites.CliRun fill = TestSites.cli("fill", response.toString(), "-o", pdf.toString(), "-p", project.toString());
        assertEquals(0, fill.exitCode(), fill.err());
        return pdf;
    }

    @BeforeAll
    void fillBoth(@TempDir Path temp) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        this.temp = temp;
        relational = fill(TestSites.projectRoot(), "hilltop", RELATIONAL, RELATIONAL_REFS);
        gallery = TestSites.fixture("audit-shapes");
        rubric = fill(gallery, "brook", RUBRIC, RUBRIC_REFS);
    }

    /** Each plan row's question cell: its value, and what its appearance draws, inside the cell. */
    private static void cellsHold(Path pdf, String audit, Map<String, String> refs) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int row = 0;
            List<String> problems = new ArrayList<>();
            for (String ref : refs.values()) {
                row++;
                PDTextField cell = (PDTextField) document.getDocumentCatalog().getAcroForm().getField(audit + ".plan.item-" + row);
                assertEquals(ref, cell.getValue(), "row " + row);
                for (String problem : DrawnAnswer.of(cell).unseen(ref)) {
                    problems.add("row " + row + ": " + problem);
                }
            }
            assertEquals(List.of(), problems, "every reference is drawn whole inside its cell");
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("[ \\t]+", " ");
        }
    }

    /** What {@code toolkit read} gives as each plan row's item. */
    private static List<String> readItems(Path pdf, Path project) throws IOException {
        TestSites.CliRun read = TestSites.cli("read", pdf.toString(), "-p", project.toString());
        assertEquals(0, read.exitCode(), read.err());
        assertEquals("", read.err());
        List<String> items = new ArrayList<>();
        new ObjectMapper().readTree(read.out()).get("plan").forEach(r -> items.add(r.get("item").asText()));
        return items;
    }

    @Test
    void theRelationalPlanNamesEachQuestionByHeadingAndNumber() throws IOException {
        cellsHold(relational, RELATIONAL, RELATIONAL_REFS);
        assertEquals(List.copyOf(RELATIONAL_REFS.keySet()), readItems(relational, TestSites.projectRoot()));
    }

    /** The references are found on the printed form: its headings carry the outline numbers, its questions their own. */
    @Test
    void theRelationalFormPrintsTheHeadingsTheReferencesName() throws IOException {
        String text = text(relational);
        for (String heading : List.of("1 Feeling safe in school", "1.1 Whole School values and ethos", "1.2 Whole School practice",
                "2 Personalised approach", "2.1 Whole School values and ethos", "2.2 Whole School practice")) {
            assertTrue(text.contains(heading + "\n"), "the form prints \"" + heading + "\"");
        }
        // Under 1.1, the question numbered 2 (the reference 1.1.2): its number as the YAML writes it.
        String ethos = text.substring(text.indexOf("1.1 Whole School values and ethos\n"), text.indexOf("1.2 Whole School practice\n"));
        assertTrue(ethos.contains("\n2 Commitment to hearing the voice of young people"), ethos);
        assertTrue(text.replaceAll("\\s+", " ").contains("A question is named by its heading’s number and its own: 1.1.1 is question 1 under heading 1.1."),
                "the plan says how to read a reference");
    }

    @Test
    void aGalleryAuditNumberedPerSectionNamesItsQuestionsBySectionAndNumber() throws IOException {
        cellsHold(rubric, RUBRIC, RUBRIC_REFS);
        assertEquals(List.copyOf(RUBRIC_REFS.keySet()), readItems(rubric, gallery));
        String text = text(rubric);
        assertTrue(text.contains("1 Everyday practice\n") && text.contains("2 Learning together\n"), text);
        assertTrue(text.replaceAll("\\s+", " ").contains("its own: 1.1 is question 1 under heading 1."), "the plan says how to read a reference");
    }

    /**
     * A school writing its plan in a PDF viewer types the reference by hand: one as long as an
     * outline heading of two digits, a full stop and a question number of the source's own
     * ("10.2.Q12a") is drawn whole in the cell at the field's size, as PDFBox (and the viewers,
     * which draw the same way) lays it out.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1.2.Q12a", "10.2.Q12a", "2.10.Q3b"})
    void aLongHandWrittenReferenceIsDrawnWholeInsideTheQuestionCell(String reference) throws IOException {
        Path typed = temp.resolve("typed.pdf");
        try (PDDocument document = Loader.loadPDF(relational.toFile())) {
            ((PDTextField) document.getDocumentCatalog().getAcroForm().getField(RELATIONAL + ".plan.item-1")).setValue(reference);
            document.save(typed.toFile());
        }
        try (PDDocument document = Loader.loadPDF(typed.toFile())) {
            PDTextField cell = (PDTextField) document.getDocumentCatalog().getAcroForm().getField(RELATIONAL + ".plan.item-1");
            assertEquals(List.of(), DrawnAnswer.of(cell).unseen(reference));
        }
    }

    /** A PDF filled before references held the item's id in the cell: it still reads back. */
    @Test
    void anOlderPdfHoldingTheIdStillReadsBack() throws IOException {
        Path old = temp.resolve("older.pdf");
        try (PDDocument document = Loader.loadPDF(relational.toFile())) {
            ((PDTextField) document.getDocumentCatalog().getAcroForm().getField(RELATIONAL + ".plan.item-1")).setValue("safe-ethos-2");
            document.save(old.toFile());
        }
        assertEquals(List.copyOf(RELATIONAL_REFS.keySet()), readItems(old, TestSites.projectRoot()));
    }
}
