package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * A filled audit PDF as other viewers save it ({@link ViewerVariants}) either reads back whole
 * with {@code toolkit read} and {@code toolkit report audits}, or the officer is told plainly
 * ({@code path: error: …} with a hint, exit 1; or a warning naming what is missing), never a
 * stack trace, never answers silently missing.
 */
class ViewerSavedPdfTest {

    private static final String AUDIT = "relational-approaches-audit";
    /** What the school answered, line breaks and all. */
    private static final String RESPONSE = """
            id: ty-r-dwr
            audit: relational-approaches-audit
            version: 1
            header:
              setting: Ysgol Gynradd Tŷ’r Dŵr
              date: 14 March 2026
            answers:
              safe-ethos-1:
                choice: green
                evidence: "Staff greet every pupil.\\nYr ŵyl — pupils’ voice, heard daily.\\n\\nThird line: ŷ."
              safe-ethos-2:
                choice: red
            closing:
              additional-notes: "Diolch.\\nNext year: peer mentoring."
            """;

    private static Path project;
    private static Path filled;
    private static JsonNode written;

    @BeforeAll
    static void fill(@TempDir Path temp) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        project = TestSites.projectRoot();
        Path response = Files.writeString(temp.resolve("ty-r-dwr.yml"), RESPONSE);
        written = new YAMLMapper().readTree(RESPONSE);
        filled = temp.resolve("ty-r-dwr.pdf");
        TestSites.CliRun fill = TestSites.cli("fill", response.toString(), "-o", filled.toString(), "-p", project.toString());
        assertEquals(0, fill.exitCode(), fill.err());
    }

    private static TestSites.CliRun read(Path pdf) {
        return TestSites.cli("read", pdf.toString(), "-p", project.toString());
    }

    /** The PDF reads back exactly as the school wrote it, with nothing said besides. */
    private static void readsWhole(Path pdf) throws IOException {
        TestSites.CliRun run = read(pdf);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        JsonNode back = new ObjectMapper().readTree(run.out());
        assertEquals(written.get("answers"), back.get("answers"));
        assertEquals(written.get("header"), back.get("header"));
        assertEquals(written.get("closing"), back.get("closing"));
    }

    /** As {@code toolkit fill} made it, Welsh letters the form font lacks and all: read whole, and still PDF/UA-1 and PDF/A. */
    @Test
    void asFilledItReadsWholeAndConforms() throws IOException {
        readsWhole(filled);
        assertEquals(List.of(), VeraPdf.failures(Files.readAllBytes(filled)));
    }

    @Test
    void withNeedAppearancesAndNoAppearancesItReadsWhole(@TempDir Path temp) throws IOException {
        readsWhole(ViewerVariants.withoutAppearances(filled, temp.resolve("no-ap.pdf")));
    }

    @Test
    void linesEndedByCarriageReturnsReadAsLineBreaks(@TempDir Path temp) throws IOException {
        Path pdf = ViewerVariants.carriageReturns(filled, temp.resolve("acrobat.pdf"));
        readsWhole(pdf);
    }

    @Test
    void aRadioValueWrittenAsAStringReadsAsTheOption(@TempDir Path temp) throws IOException {
        readsWhole(ViewerVariants.radioAsString(filled, temp.resolve("string.pdf"), AUDIT + ".safe-ethos-1.choice"));
    }

    @Test
    void aRadioWithOnlyItsButtonsStateReadsAsTheOption(@TempDir Path temp) throws IOException {
        readsWhole(ViewerVariants.radioStateOnly(filled, temp.resolve("state.pdf"), AUDIT + ".safe-ethos-2.choice"));
    }

    /** A flattened form: an error naming the file, with a hint, exit 1, and the report skips it saying why. */
    @Test
    void aFlattenedFormIsExplainedNotReadAsEmpty(@TempDir Path temp) throws IOException {
        Path pdf = ViewerVariants.flattened(filled, temp.resolve("flat.pdf"));
        TestSites.CliRun run = read(pdf);
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals("", run.out(), "no response printed");
        assertTrue(run.err().startsWith(pdf + ": error: ") && run.err().contains("flattened"), run.err());
        assertTrue(run.err().contains("\n  hint: "), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());

        Path returns = Files.createDirectories(temp.resolve("returns"));
        Files.copy(pdf, returns.resolve("flat.pdf"));
        Files.copy(filled, returns.resolve("whole.pdf"));
        Path out = temp.resolve("report");
        TestSites.CliRun report = TestSites.cli("report", "audits", returns.toString(), "-o", out.toString(), "-p", project.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(report.err().contains(returns.resolve("flat.pdf") + ": skipped: ") && report.err().contains("flattened"), report.err());
        assertTrue(TestSites.read(out.resolve("files.csv")).lines().anyMatch(l -> l.startsWith("\"flat.pdf\",\"skipped\",") && l.contains("flattened")),
                TestSites.read(out.resolve("files.csv")));
    }

    /** Some fields flattened: what is left reads, and a warning names the fields that are gone. */
    @Test
    void aPartlyFlattenedFormNamesTheFieldsItLost(@TempDir Path temp) throws IOException {
        String lost = AUDIT + ".safe-ethos-1.evidence";
        Path pdf = ViewerVariants.partlyFlattened(filled, temp.resolve("part.pdf"), List.of(lost, AUDIT + ".safe-ethos-2.choice"));
        TestSites.CliRun run = read(pdf);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(pdf + ": warning: 2 of the form's answer fields are missing"), run.err());
        assertTrue(run.err().contains(lost) && run.err().contains(AUDIT + ".safe-ethos-2.choice") && run.err().contains("\n  hint: "), run.err());
        JsonNode back = new ObjectMapper().readTree(run.out());
        assertEquals(written.at("/answers/safe-ethos-1/choice"), back.at("/answers/safe-ethos-1/choice"));
        assertEquals(written.get("header"), back.get("header"));
    }

    /**
     * A PDF can be filled by anyone: a school name and notes holding markup and a script link,
     * read from a PDF by {@code report audits}, appear in its HTML only as text (the report
     * quotes no written answer at all), and in its CSV as written. ({@code toolkit read}'s warnings
     * for such values are {@code FillReadTest#rawHtmlAndRefusedLinksInAnswersReadBackAreWarnedAbout};
     * the web import's {@code web/AuditImportSafetyBrowserTest}.)
     */
    @Test
    void markupReadFromAPdfIsOnlyTextInTheReport(@TempDir Path temp) throws IOException {
        String school = "<img src=x onerror=alert(1)><script>alert(2)</script>School";
        String notes = "[x](javascript:alert(3)) <b onmouseover=alert(4)>b</b>";
        Path returns = Files.createDirectories(temp.resolve("returns"));
        Path pdf = returns.resolve("hostile.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(filled.toFile())) {
            var form = document.getDocumentCatalog().getAcroForm();
            form.getField(AUDIT + ".header.setting").getCOSObject().setString(org.apache.pdfbox.cos.COSName.V, school);
            form.getField(AUDIT + ".closing.additional-notes").getCOSObject().setString(org.apache.pdfbox.cos.COSName.V, notes);
            document.save(pdf.toFile());
        }
        Path out = temp.resolve("report");
        TestSites.CliRun report = TestSites.cli("report", "audits", returns.toString(), "-o", out.toString(), "-p", project.toString(),
                "--show-small-groups");
        assertEquals(0, report.exitCode(), report.err());
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(TestSites.read(out.resolve("index.html")));
        assertTrue(html.text().contains(school), "the name is shown, as text");
        assertTrue(html.select("img[onerror], [onmouseover], a[href^=javascript]").isEmpty(), html.select("img, a").toString());
        assertTrue(html.select("script").stream().noneMatch(s -> s.data().contains("alert(")), "no script of the PDF's");
        assertTrue(TestSites.read(out.resolve("schools.csv")).contains("\"" + school + "\""));
    }
}
