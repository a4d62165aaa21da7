package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * A response with an action plan filled by {@code toolkit fill} (issues 11 and 12): the plan
 * reads back as written, the running head of every page names the school and the date, and a
 * PDF filled before radios were named by their option ids still reads back.
 */
class FilledFormTest {

    private static final String AUDIT = "relational-approaches-audit";
    /** Written as a school's export would be; the plan longer than the blank form's six rows. */
    private static final String RESPONSE = """
            id: hilltop
            audit: relational-approaches-audit
            version: 1
            header:
              setting: Hilltop Primary School
              date: 14 March 2026
            answers:
              safe-ethos-1:
                choice: green
              safe-ethos-2:
                choice: red
                evidence: Pupils say the rules feel unfair.
            plan:
              - item: safe-ethos-2
                action: Review the behaviour policy with the school council
                who: Deputy head
                by: July 2027
                measure: Pupil survey shows most pupils think the rules are fair
              - item: ""
                action: Our own row, with no question
                who: SENCo
              - { item: safe-ethos-1, action: Two, who: "", by: "", measure: "" }
              - { item: "", action: Three }
              - { item: "", action: Four }
              - { item: "", action: Five }
              - { item: "", action: Six }
              - { item: "", action: Seven, measure: Beyond the blank rows }
            """;

    private static Path project;
    private static Path response;
    private static Path filled;

    @BeforeAll
    static void fill(@TempDir Path temp) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        project = TestSites.projectRoot();
        response = Files.writeString(temp.resolve("hilltop.yml"), RESPONSE);
        filled = temp.resolve("hilltop.pdf");
        TestSites.CliRun fill = TestSites.cli("fill", response.toString(), "-o", filled.toString(), "-p", project.toString());
        assertEquals(0, fill.exitCode(), fill.err());
    }

    @Test
    void thePlanReadsBackAsWritten() throws Exception {
        TestSites.CliRun read = TestSites.cli("read", filled.toString(), "-p", project.toString());
        assertEquals(0, read.exitCode(), read.err());
        JsonNode written = new YAMLMapper().readTree(response.toFile());
        JsonNode back = new ObjectMapper().readTree(read.out());
        assertEquals(written.get("answers"), back.get("answers"));
        assertEquals(written.get("header"), back.get("header"));
        assertEquals(written.get("plan").size(), back.get("plan").size(), back.toString());
        for (int i = 0; i < written.get("plan").size(); i++) {
            for (String column : List.of("item", "action", "who", "by", "measure")) {
                assertEquals(written.get("plan").get(i).path(column).asText(""), back.get("plan").get(i).get(column).asText(),
                        "row " + (i + 1) + " " + column);
            }
        }
        assertEquals("", read.err());
        assertEquals(List.of(), VeraPdf.failures(Files.readAllBytes(filled)));
    }

    /**
     * The plan's question column names the item as a school can find it on the printed form.
     * This audit numbers afresh in each group, so "2" is printed in several groups: the cell
     * names the item by its heading's outline number and its own, "1.1.2" (PlanReferencesTest).
     */
    @Test
    void aPlanRowNamesItsQuestionUnambiguously() throws Exception {
        JsonNode audit = new YAMLMapper().readTree(project.resolve("content/data/audits/" + AUDIT + ".yml").toFile());
        JsonNode groups = audit.get("sections").get(0).get("groups");
        assertEquals("2", groups.get(0).get("items").get(1).get("number").asText());
        assertEquals("2", groups.get(1).get("items").get(1).get("number").asText());
        try (PDDocument pdf = Loader.loadPDF(filled.toFile())) {
            assertEquals("1.1.2", FormData.read(pdf).get(AUDIT + ".plan.item-1"));
        }
    }

    @Test
    void everyPageAfterTheCoverRunsTheSchoolAndTheDate() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(filled.toFile())) {
            assertTrue(pdf.getNumberOfPages() > 3);
            for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String head = stripper.getText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
                assertTrue(head.startsWith("Hilltop Primary School · 14 March 2026"), "page " + page + ": " + head);
            }
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertTrue(cover.getText(pdf).contains("Hilltop Primary School · 14 March 2026"), "and the cover says whose answers");
        }
    }

    /**
     * PDFs filled before issue 12 named a radio's states by index ({@code /0}, {@code /1},
     * {@code /2}) with the option ids in {@code /Opt}: rebuilt that way, they read back as the ids.
     */
    @Test
    void aPdfWithIndexExportValuesReadsBackAsTheOptionIds(@TempDir Path temp) throws Exception {
        Path old = temp.resolve("old.pdf");
        try (PDDocument pdf = Loader.loadPDF(filled.toFile())) {
            for (String item : List.of("safe-ethos-1", "safe-ethos-2")) {
                PDRadioButton radio = (PDRadioButton) pdf.getDocumentCatalog().getAcroForm().getField(AUDIT + "." + item + ".choice");
                List<String> options = List.of("red", "amber", "green");
                COSArray opt = new COSArray();
                options.forEach(o -> opt.add(new COSString(o)));
                radio.getCOSObject().setItem(COSName.OPT, opt);
                String chosen = radio.getValue();
                for (PDAnnotationWidget widget : radio.getWidgets()) {
                    COSDictionary normal = (COSDictionary) widget.getAppearance().getCOSObject().getDictionaryObject(COSName.N);
                    for (String option : options) {
                        if (normal.containsKey(COSName.getPDFName(option))) {
                            normal.setItem(COSName.getPDFName(String.valueOf(options.indexOf(option))), normal.getItem(COSName.getPDFName(option)));
                            normal.removeItem(COSName.getPDFName(option));
                        }
                    }
                    if (!widget.getAppearanceState().equals(COSName.Off)) {
                        widget.setAppearanceState(String.valueOf(options.indexOf(widget.getAppearanceState().getName())));
                    }
                }
                radio.getCOSObject().setName(COSName.V, String.valueOf(options.indexOf(chosen)));
            }
            pdf.save(old.toFile());
        }
        TestSites.CliRun read = TestSites.cli("read", old.toString(), "-p", project.toString());
        assertEquals(0, read.exitCode(), read.err());
        JsonNode back = new ObjectMapper().readTree(read.out());
        assertEquals("green", back.at("/answers/safe-ethos-1/choice").asText(), back.toString());
        assertEquals("red", back.at("/answers/safe-ethos-2/choice").asText(), back.toString());
    }
}
