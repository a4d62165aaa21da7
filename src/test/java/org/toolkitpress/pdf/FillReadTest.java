package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/** {@code toolkit fill} then {@code toolkit read}: the answers that go in come back out. */
class FillReadTest {

    /** The project's example response filled once by {@code toolkit fill}; tests read or change copies of it. */
    private static Path example;

    @BeforeAll
    static void fillTheExample(@TempDir Path temp) {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        example = temp.resolve("example.pdf");
        Path project = TestSites.projectRoot();
        TestSites.CliRun fill = TestSites.cli("fill", project.resolve("content/data/responses/lovely-primary-2019.yml").toString(),
                "-o", example.toString(), "-p", project.toString());
        assertEquals(0, fill.exitCode(), fill.err());
    }

    @Test
    void aYamlResponseSurvivesFillAndRead() throws Exception {
        Path project = TestSites.projectRoot();
        Path response = project.resolve("content/data/responses/lovely-primary-2019.yml");
        Path pdf = example;
        assertTrue(VeraPdf.failures(Files.readAllBytes(pdf)).isEmpty(), "the filled PDF stays PDF/UA and PDF/A");
        TestSites.CliRun read = TestSites.cli("read", pdf.toString(), "-p", project.toString());
        assertEquals(0, read.exitCode(), read.err());
        JsonNode written = new YAMLMapper().readTree(response.toFile());
        JsonNode back = new ObjectMapper().readTree(read.out());
        assertEquals(written.get("audit"), back.get("audit"));
        assertEquals(written.get("version"), back.get("version"));
        assertEquals(written.get("header"), back.get("header"));
        assertEquals(written.get("answers"), back.get("answers"));
        assertEquals(written.get("closing"), back.get("closing"));
        assertEquals("", read.err(), "a PDF of the current version with sound answers reads without a warning");
    }

    /** A school returns a PDF after the audit moved on: it reads back at the version it was made from. */
    @Test
    void aPdfReadsBackAtTheAuditVersionItWasMadeFrom(@TempDir Path temp) throws Exception {
        Path project = Files.createDirectories(temp.resolve("project"));
        TestSites.copy(TestSites.projectRoot().resolve("content"), project);
        // The example was filled from the same content before the audit moved on.
        Path pdf = Files.copy(example, temp.resolve("filled.pdf"));
        Path audit = project.resolve("content/data/audits/trauma-informed-schools-audit.yml");
        Files.writeString(audit, Files.readString(audit).replace("\nversion: 1\n", "\nversion: 2\n"));
        Files.delete(project.resolve("content/data/responses/lovely-primary-2019.yml"));

        TestSites.CliRun read = TestSites.cli("read", pdf.toString(), "-p", project.toString());
        assertEquals(0, read.exitCode(), read.err());
        assertEquals(1, new ObjectMapper().readTree(read.out()).get("version").asInt(), read.out());
        assertTrue(read.err().contains(pdf + ": warning: the PDF was made from version 1 of \"trauma-informed-schools-audit\", "
                + "which is now version 2"), read.err());
    }

    /**
     * PDF/A allows no scripts, so a PDF form cannot insist that percentages add up to 100. What a
     * school typed is read back in full, and each problem is a warning naming the item.
     */
    @Test
    void answersThePdfFormCouldNotCheckAreReadInFullWithWarnings(@TempDir Path temp) throws Exception {
        Path project = TestSites.projectRoot();
        // As a school might in a PDF reader: q1 now totals 90, and q2 has a word for a number.
        Path typed = theExampleChanged(temp, document -> {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            form.getField("trauma-informed-schools-audit.q1.trauma-sensitive").setValue("10");
            form.getField("trauma-informed-schools-audit.q2.pre-trauma-aware").setValue("most");
        });
        TestSites.CliRun read = TestSites.cli("read", typed.toString(), "-p", project.toString());
        assertEquals(0, read.exitCode(), read.err());
        JsonNode back = new ObjectMapper().readTree(read.out());
        assertEquals(10, back.get("answers").get("q1").get("trauma-sensitive").asInt());
        assertEquals("most", back.get("answers").get("q2").get("pre-trauma-aware").asText());
        assertTrue(read.err().contains(typed + ": warning: the percentages for item \"q1\" add up to 90, not 100"), read.err());
        assertTrue(read.err().contains(typed + ": warning: a percentage must be a number, not \"most\""), read.err());
    }

    /**
     * A PDF can be made by anyone: text read back from it is held to the rules a response file
     * meets when it is built, and what breaks them is a warning, with the text kept as written.
     */
    @Test
    void rawHtmlAndRefusedLinksInAnswersReadBackAreWarnedAbout(@TempDir Path temp) throws Exception {
        Path project = TestSites.projectRoot();
        String hostile = "<img src=x onerror=alert(1)> [see](javascript:alert(2))";
        Path typed = theExampleChanged(temp, document -> document.getDocumentCatalog().getAcroForm()
                .getField("trauma-informed-schools-audit.q5.evidence").setValue(hostile));
        TestSites.CliRun read = TestSites.cli("read", typed.toString(), "-p", project.toString());
        assertEquals(0, read.exitCode(), read.err());
        assertEquals(hostile, new ObjectMapper().readTree(read.out()).at("/answers/q5/evidence").asText());
        assertTrue(read.err().contains(typed + ": warning: raw HTML <img> is not allowed in content"), read.err());
        assertTrue(read.err().contains(typed + ": warning: the link uses the scheme \"javascript:\", which is not allowed"), read.err());
    }

    /**
     * A PDF reader (or a hand-edited file) can put values in the form that its controls would not
     * offer: a choice that is no option, a percentage outside 0 to 100. They too are read in full
     * and warned about.
     */
    @Test
    void aChoiceThatIsNoOptionAndAPercentageOutOfRangeAreWarnedAbout(@TempDir Path temp) throws Exception {
        Path project = TestSites.projectRoot();
        String item = firstItem(project);
        Path response = temp.resolve("relational-approaches-audit-v1.json");
        Files.writeString(response, """
                {"audit": "relational-approaches-audit", "version": 1, "header": {},
                 "answers": {"%s": {"choice": "amber"}}, "closing": {}}
                """.formatted(item));
        Path filled = temp.resolve("filled.pdf");
        TestSites.CliRun fill = TestSites.cli("fill", response.toString(), "-o", filled.toString(), "-p", project.toString());
        assertEquals(0, fill.exitCode(), fill.err());
        Path changed = temp.resolve("changed.pdf");
        try (PDDocument document = Loader.loadPDF(filled.toFile())) {
            // No reader offers "purple": write the value as another tool could.
            document.getDocumentCatalog().getAcroForm().getField("relational-approaches-audit." + item + ".choice")
                    .getCOSObject().setName(COSName.V, "purple");
            document.save(changed.toFile());
        }
        TestSites.CliRun read = TestSites.cli("read", changed.toString(), "-p", project.toString());
        assertEquals(0, read.exitCode(), read.err());
        assertEquals("purple", new ObjectMapper().readTree(read.out()).get("answers").get(item).get("choice").asText());
        assertTrue(read.err().contains(changed + ": warning: \"purple\" is not an option of scale \"rag\""), read.err());
        assertTrue(read.err().contains("  hint: options: "), read.err());

        Path typed = theExampleChanged(Files.createDirectories(temp.resolve("percent")), document -> {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            form.getField("trauma-informed-schools-audit.q3.pre-trauma-aware").setValue("150");
        });
        TestSites.CliRun percent = TestSites.cli("read", typed.toString(), "-p", project.toString());
        assertEquals(0, percent.exitCode(), percent.err());
        assertEquals(150, new ObjectMapper().readTree(percent.out()).get("answers").get("q3").get("pre-trauma-aware").asInt());
        assertTrue(percent.err().contains(typed + ": warning: the percentage 150 is out of range"), percent.err());
        assertTrue(percent.err().contains(typed + ": warning: the percentages for item \"q3\" add up to 200, not 100"),
                percent.err());
    }

    /** A PDF made before the version was recorded (here: with it taken out) is still read, with a warning. */
    @Test
    void aPdfThatDoesNotRecordItsVersionIsReadAtTheCurrentOne(@TempDir Path temp) throws Exception {
        Path project = TestSites.projectRoot();
        Path old = theExampleChanged(temp, document -> {
            assertTrue(new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8)
                    .contains(AuditStamp.NAMESPACE), "the version is recorded in the XMP metadata");
            document.getDocumentCatalog().setMetadata(null);
        });
        TestSites.CliRun read = TestSites.cli("read", old.toString(), "-p", project.toString());
        assertEquals(0, read.exitCode(), read.err());
        assertEquals(1, new ObjectMapper().readTree(read.out()).get("version").asInt());
        assertTrue(read.err().contains(old + ": warning: the PDF does not say which version of \"trauma-informed-schools-audit\""),
                read.err());
    }

    @Test
    void aWebExportWithoutIdFillsAChoiceAudit(@TempDir Path temp) throws Exception {
        Path project = TestSites.projectRoot();
        String json = """
                {"audit": "relational-approaches-audit", "version": 1,
                 "header": {},
                 "answers": {"%s": {"choice": "amber", "evidence": "Pupils say they feel welcome — mostly."}},
                 "closing": {}}
                """.formatted(firstItem(project));
        Path response = temp.resolve("relational-approaches-audit-v1.json");
        Files.writeString(response, json);
        Path pdf = temp.resolve("filled.pdf");
        TestSites.CliRun fill = TestSites.cli("fill", response.toString(), "-o", pdf.toString(), "-p", project.toString());
        assertEquals(0, fill.exitCode(), fill.err());
        TestSites.CliRun read = TestSites.cli("read", pdf.toString(), "-p", project.toString());
        JsonNode back = new ObjectMapper().readTree(read.out());
        assertEquals(new ObjectMapper().readTree(json).get("answers"), back.get("answers"));
    }

    @Test
    void aResponseNamingAnUnknownItemIsReportedAndNothingIsWritten(@TempDir Path temp) throws Exception {
        Path project = TestSites.projectRoot();
        Path response = temp.resolve("bad.yml");
        Files.writeString(response, """
                id: bad
                audit: trauma-informed-schools-audit
                version: 1
                answers:
                  no-such-question:
                    evidence: hello
                """);
        Path pdf = temp.resolve("filled.pdf");
        TestSites.CliRun fill = TestSites.cli("fill", response.toString(), "-o", pdf.toString(), "-p", project.toString());
        assertEquals(1, fill.exitCode(), fill.out());
        assertTrue(fill.err().contains("no-such-question"), fill.err());
        assertTrue(Files.notExists(pdf));
    }

    /** A change made to a PDF outside Toolkit Press. */
    private interface PdfChange {
        void apply(PDDocument document) throws IOException;
    }

    /** The example filled by {@code toolkit fill}, then changed and saved as {@code changed.pdf}. */
    private static Path theExampleChanged(Path temp, PdfChange change) throws IOException {
        Path changed = temp.resolve("changed.pdf");
        try (PDDocument document = Loader.loadPDF(example.toFile())) {
            change.apply(document);
            document.save(changed.toFile());
        }
        return changed;
    }

    private static String firstItem(Path project) throws Exception {
        JsonNode audit = new YAMLMapper().readTree(project.resolve("content/data/audits/relational-approaches-audit.yml").toFile());
        JsonNode section = audit.get("sections").get(0);
        JsonNode items = section.has("groups") ? section.get("groups").get(0).get("items") : section.get("items");
        return items.get(0).get("id").asText();
    }
}
