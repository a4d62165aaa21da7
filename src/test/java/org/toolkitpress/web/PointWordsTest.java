package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * The words around answers given at assessment points are interface strings, as the rest of the
 * page's words are: a project's strings file changes a score "of" its maximum and "not answered"
 * in a response's answers at each point (components/response.ftlh), and the printed form's
 * "Date of" box for each point, its label and its field's name (print/audit-form.ftlh).
 */
class PointWordsTest {

    @Test
    void theProjectsWordsReachTheAnswersAtEachPointAndThePrintedDates(@TempDir Path temp) throws IOException {
        Path project = TestSites.copy(TestSites.fixture("audit-shapes"), Files.createDirectories(temp.resolve("project")));
        TestSites.printOnly(project, "editions:\n  - id: progress-review\n    audit: progress-review\n");
        Files.createDirectories(project.resolve("templates/strings"));
        Files.writeString(project.resolve("templates/strings/en.yml"), """
                response.score-of: "{score} out of a possible {maximum}"
                response.not-answered-inline: left blank
                print.form.point-date: "When {label} was made"
                """);
        Path site = temp.resolve("site");
        TestSites.CliRun run = TestSites.cli("build", "-p", project.toString(), "-o", site.toString());
        assertEquals(0, run.exitCode(), run.err());

        // progress-example.yml: Provision's first question scored 2 at the first point and 4 at the final one.
        String page = Files.readString(site.resolve("audits/progress-review/index.html"));
        assertTrue(page.contains("<li>Assessment 1: <strong class=\"score\">2 out of a possible 4</strong>"), "a score at a point");
        assertTrue(page.contains("<li>Final assessment: <strong class=\"score\">4 out of a possible 4</strong>"), "at the final point");
        assertFalse(page.contains("</strong> of 4"), "no English \"of\" left beside a score");

        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/progress-review.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("When Assessment 1 was made"), text);
            assertFalse(text.contains("Date of"), "no English \"Date of\" left on the printed form");
            // The box's field is named by the same words (its tooltip, the name a screen reader reads).
            long named = 0;
            for (PDField field : pdf.getDocumentCatalog().getAcroForm().getFieldTree()) {
                named += "When Assessment 1 was made".equals(field.getAlternateFieldName()) ? 1 : 0;
            }
            assertEquals(1, named, "one date box named by the project's words");
        }
    }
}
