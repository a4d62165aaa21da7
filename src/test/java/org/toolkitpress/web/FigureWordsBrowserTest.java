package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/**
 * A score's total ("6 of 12", audit.results.total-of), a change of nothing ("No change",
 * audit.results.no-change) and what a section's counts are based on ("2 of 3", audit.results.based-on)
 * are interface strings: a project's strings file changes them in every
 * place they are printed — the page the server writes (the worked example), the live form and the
 * report page (their scripts), the filled PDF (the figures fill writes), and the command's report —
 * and a figure's name keeps the editor's capitals in the headings at each assessment point, and
 * inside "Change in …" where it is an abbreviation or the strings give its in-sentence form.
 */
class FigureWordsBrowserTest {

    /**
     * The audit-shapes gallery with the progress review's worked example as its only PDF, and a
     * strings file of its own.
     */
    private static Path project(Path temp) throws IOException {
        Path project = TestSites.copy(TestSites.fixture("audit-shapes"), Files.createDirectories(temp.resolve("project")));
        Path settings = project.resolve("content/toolkit.yml");
        String yml = Files.readString(settings);
        Files.writeString(settings, yml.substring(0, yml.indexOf("editions:"))
                + "editions:\n  - id: progress-example\n    response: progress-example\n");
        Files.createDirectories(project.resolve("templates/strings"));
        Files.writeString(project.resolve("templates/strings/en.yml"), """
                audit.results.total-of:
                  one: "{total} out of {count} point"
                  other: "{total} out of {count} points"
                audit.results.no-change: Unchanged
                audit.results.based-on: "{answered} answered of {total}"
                audit.figure.mean: SDQ score
                audit.figure.total: Wrexham total
                audit.figure.total.in-sentence: Wrexham total
                """);
        return project;
    }

    private static String pick(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().map(Path::toString).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void theProjectsWordsForTotalsAndChangesReachEveryEdition(@TempDir Path temp) throws IOException {
        Path project = project(temp);
        Path returns = TestSites.projectRoot().resolve("src/test/resources/returns/shapes");
        Path made = temp.resolve("report");
        TestSites.CliRun run = TestSites.cli("report", "audits", returns.toString(), "-p", project.toString(), "-o", made.toString(),
                "--audit", "progress-review", "--show-small-groups");
        assertEquals(0, run.exitCode(), run.err());
        // X Primary's Provision at its latest answers: 4 + 2 + 3 of 12 (AuditShapesReportTest); schools.csv
        // holds the numbers, which no wording changes, and the page the project's words.
        String schools = Files.readString(made.resolve("schools.csv"));
        assertTrue(schools.contains("\"X Primary\",\"1\",\"2026-06-29\",\"latest\",\"\",\"5\",\"5\",\"9\",\"12\",\"75\","), schools);
        assertFalse(schools.contains("points") || schools.contains("Unchanged"), schools);

        try (BrowserSession browser = BrowserSession.start(project, true)) {
            Path site = browser.work().resolve("site");
            // The worked example (progress-example.yml: Provision 2, 1, 3 at the first point and
            // 4, 3, 3 at the final one; breakfast 3 at both), as the server writes it.
            String page = Files.readString(site.resolve("audits/progress-review/index.html"));
            assertTrue(page.contains("<span class=\"figure\">6 out of 12 points</span>"), "the example's total at the first point");
            assertTrue(page.contains("<span class=\"figure\">10 out of 12 points</span>"), "and at the final point");
            assertFalse(page.contains(">6 of 12<"), "no total in the theme's words");
            assertTrue(page.contains("<td class=\"number\" data-label=\"Last\" data-point-to>3 (Final assessment)</td>\n"
                    + "<td class=\"number\" data-label=\"Change\" data-point-change>Unchanged</td>"),
                    "breakfast, 3 at both points");
            assertTrue(page.contains("<th scope=\"col\">SDQ score</th>"), "the figure's name as the project writes it");
            assertTrue(page.contains("<th scope=\"col\">Change in SDQ score</th>"), "an abbreviation kept inside a sentence");
            // A name lower-cased by the rule, "Change in total": AuditGridPointsRenderTest, with the theme's words.
            assertTrue(page.contains("<th scope=\"col\">Change in Wrexham total</th>"), "a place's name, given as it reads inside a sentence");
            assertTrue(page.contains("<th scope=\"col\">Wrexham total</th>"), "and as the name elsewhere");

            // The filled PDF: the figures fill writes into the section's boxes.
            Map<String, String> fields = new HashMap<>();
            try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/progress-example.pdf").toFile())) {
                for (PDField field : pdf.getDocumentCatalog().getAcroForm().getFieldTree()) {
                    fields.put(field.getFullyQualifiedName(), field.getValueAsString());
                }
            }
            assertEquals("6 out of 12 points", fields.get("progress-review.provision.score-total@first"));
            assertEquals("10 out of 12 points", fields.get("progress-review.provision.score-total@final"));

            // The live form: the room scored 2 at the first point and the final one.
            browser.open("audits/progress-review/");
            browser.js().executeScript("document.getElementById('progress-review.room.score@first.2').click();"
                    + "document.getElementById('progress-review.room.score@final.2').click();");
            assertTrue(browser.waitUntil("document.querySelector('[data-point-change-item=room] [data-point-change]').textContent === 'Unchanged'"
                    + " && document.querySelector('[data-score-figure=total][data-point=first] .figure').textContent === args[0]",
                    Duration.ofSeconds(10), "2 out of 4 points"), "the live form's change and total in the project's words");

            // A section of Red, Amber and Green counts: what its counts are based on.
            browser.open("audits/mixed-scales/");
            browser.js().executeScript("document.getElementById('mixed-scales.first-day.choice.red').click();");
            assertTrue(browser.waitUntil("Array.prototype.some.call(document.querySelectorAll('[data-summary] [data-option-count] ~ [data-based-on]'),"
                    + " function (c) { return /^1 answered of [0-9]+$/.test(c.textContent); })", Duration.ofSeconds(10)),
                    "the counts' basis in the project's words");

            // The report page, as the command: the same schools.csv, byte for byte.
            browser.open("report/");
            browser.driver().findElement(By.cssSelector("label[for=report-small]")).click();
            browser.driver().findElement(By.cssSelector("#report-audit option[value='progress-review']")).click();
            browser.driver().findElement(By.id("report-files")).sendKeys(pick(returns));
            browser.waitFor("#downloads a[data-csv]", Duration.ofSeconds(30));
            assertEquals("9 out of 12 points (75%)", browser.driver().findElement(By.cssSelector("#schools tbody tr td:nth-of-type(4)")).getText());
            String pageCsv = (String) browser.js().executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    fetch(document.querySelector('#downloads a[data-csv="schools.csv"]').href)
                      .then(function (r) { return r.arrayBuffer(); }).then(function (b) {
                        var bytes = new Uint8Array(b); var text = '';
                        for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
                        done(btoa(text));
                      });
                    """);
            assertEquals(schools, new String(java.util.Base64.getDecoder().decode(pageCsv), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
