package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.toolkitpress.report.ReturnsFolder;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/**
 * The site's report page in Chromium: the returns of {@link ReturnsFolder} (exports, a filled and
 * an encrypted PDF) picked in the browser give the figures worked by hand in AuditReportTest, the
 * same CSV files, byte for byte, as {@code toolkit report audits} writes for the same folder, and
 * the page passes axe before and after.
 */
class ReportPageBrowserTest {

    private static String pick(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().map(Path::toString).collect(Collectors.joining("\n"));
        }
    }

    /** The resources the page has loaded, by address. */
    private static List<String> loaded(BrowserSession browser) {
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) browser.js().executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        return urls;
    }

    /**
     * The report the page writes speaks the project's strings file: the same keys as the command's
     * page for a heading and a column (with the label each cell gives on a narrow screen), and the
     * page's own status line with its count.
     */
    @Test
    void theReportPageSpeaksTheProjectsWords(@TempDir Path temp) throws IOException {
        Path returns = ReturnsFolder.make(temp.resolve("returns"));
        Path project = TestSites.copy(ReturnsFolder.project(), Files.createDirectories(temp.resolve("project")));
        Files.createDirectories(project.resolve("templates/strings"));
        Files.writeString(project.resolve("templates/strings/en.yml"), """
                report.schools.title: Each school at a glance
                report.column.returns: Forms sent
                report.page.made:
                  one: "{read} of {count} return used."
                  other: "{read} of {count} returns used."
                report.row.all-questions: Every question of the section
                report.verb.written: filled in
                report.suppressed.furthest:
                  one: "Plans: {count} question left out (under {minimum} schools)"
                  other: "Plans: {count} questions left out (under {minimum} schools)"
                returns.skip.duplicate: "dyblyg o {file}"
                returns.skip.encrypted: mae cyfrinair ar y PDF
                returns.note.partial: "yn ateb {answered} o {questions} cwestiwn"
                report.csv.left-out: "wedi'i adael allan: llai na {minimum} ysgol"
                """);
        Path made = temp.resolve("made");
        TestSites.CliRun run = TestSites.cli("report", "audits", returns.toString(), "-p", project.toString(), "-o", made.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (BrowserSession browser = BrowserSession.start(project)) {
            browser.open("report/");
            browser.driver().findElement(By.id("report-files")).sendKeys(pick(returns));
            browser.waitFor("#downloads a[data-csv]", Duration.ofSeconds(30));
            assertEquals("Each school at a glance", browser.driver().findElement(By.id("schools-title")).getText());
            assertTrue(browser.driver().findElements(By.cssSelector("#schools thead th")).stream().map(WebElement::getText).toList().contains("Forms sent"));
            assertEquals("Forms sent", browser.driver().findElement(By.cssSelector("#schools tbody td")).getAttribute("data-label"));
            String status = browser.driver().findElement(By.cssSelector("[data-report-status]")).getText();
            assertTrue(status.matches("\\d+ of \\d+ returns used\\."), status);
            // The figures' own words, worked out by audit-report.js here and by the command from the
            // same keys: on the page, and in CSV files that are still the command's byte for byte.
            assertTrue(browser.driver().findElements(By.cssSelector("#privacy ul.suppressed li")).stream().map(WebElement::getText)
                    .anyMatch(t -> t.equals("Plans: 1 question left out (under 5 schools)")), "the brand's line of what was left out");
            Map<String, byte[]> page = downloads(browser);
            assertTrue(new String(page.get("answers.csv"), java.nio.charset.StandardCharsets.UTF_8).contains("\"Every question of the section\""));
            assertTrue(new String(page.get("answers.csv"), java.nio.charset.StandardCharsets.UTF_8).contains("\"filled in\""));
            // The notes on files and in the CSV files come from the same keys on both sides (returns.*, report.csv.*).
            String files = browser.driver().findElement(By.id("files")).getText();
            assertTrue(files.contains("dyblyg o birch-school_school-audit_2026-03-01 (1).json") && files.contains("mae cyfrinair ar y PDF")
                    && files.contains("yn ateb 1 o 6 cwestiwn"), files);
            assertTrue(new String(page.get("answers.csv"), java.nio.charset.StandardCharsets.UTF_8).contains("\"wedi'i adael allan: llai na 5 ysgol\""));
            Map<String, byte[]> command = new java.util.TreeMap<>();
            for (String name : page.keySet()) {
                command.put(name, Files.readAllBytes(made.resolve(name)));
            }
            assertSameFiles(command, page);
        }
    }

    @Test
    void pickedFilesGiveTheReportInTheBrowser(@TempDir Path temp) throws IOException {
        Path returns = ReturnsFolder.make(temp);
        // With TOOLKIT_SCREENSHOTS set, it leaves a screenshot of the report there for people (with frames).
        try (BrowserSession browser = BrowserSession.start(ReturnsFolder.project(), false, BrowserSession.kindForScreenshotsForPeople())) {
            browser.open("report/");
            assertEquals("noindex", browser.driver().findElement(By.cssSelector("meta[name=robots]")).getAttribute("content"));
            assertEquals(List.of(), browser.axeViolations(), "the empty report page");
            assertTrue(loaded(browser).stream().noneMatch(u -> u.contains("pdf-lib")), "the PDF library waits for a PDF");
            browser.driver().findElement(By.id("report-files")).sendKeys(pick(returns));
            browser.waitFor("#downloads a[data-csv]", Duration.ofSeconds(30));

            // vision, the latest return of each of the 7 schools, Fir Juniors' from its filled PDF (AuditReportTest).
            WebElement vision = browser.driver().findElement(By.xpath("//table[contains(@class,'heatmap')]//tr[th[contains(., 'Leaders share')]]"));
            assertEquals(List.of("7", "1 (14%)", "1 (14%)", "3 (43%)", "2 (29%)"),
                    vision.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
            WebElement governors = browser.driver().findElement(By.xpath("//table[contains(@class,'heatmap')]//tr[th[contains(., 'Governors review')]]"));
            assertEquals("Left out: fewer than 5 schools", governors.findElement(By.cssSelector("td.suppressed")).getText());

            assertEquals(List.of("Leadership: 1 question answered by fewer than 5 schools",
                            "Questions most often furthest from the goal: 1 question answered by fewer than 5 schools",
                            "Change: 3 sections with fewer than 5 schools whose answers can be compared"),
                    browser.driver().findElements(By.cssSelector("#privacy ul.suppressed li")).stream().map(WebElement::getText).toList(),
                    "the page says what it left out, as the command does");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#schools tbody tr"));
            assertEquals(7, rows.size());
            assertEquals("Ash Primary", rows.get(0).findElement(By.tagName("th")).getText());
            assertEquals("5 of 6 (83%)", rows.get(0).findElement(By.cssSelector("td[data-label=Leadership]")).getText());
            assertEquals("Developing", rows.get(0).findElement(By.cssSelector("td[data-label='The journey']")).getText());
            assertEquals("+55", rows.get(0).findElement(By.cssSelector("td[data-label=Change]")).getText());
            assertEquals("2 Red", rows.get(2).findElement(By.cssSelector("td[data-label=Practice]")).getText());
            assertEquals("Fir Juniors", rows.get(5).findElement(By.tagName("th")).getText());
            assertEquals("1 Red, 1 Amber", rows.get(5).findElement(By.cssSelector("td[data-label=Practice]")).getText());

            String filesTable = browser.driver().findElement(By.id("files")).getText();
            assertTrue(filesTable.contains("a duplicate: the same school and answers as birch-school_school-audit_2026-03-01 (1).json"), filesTable);
            assertTrue(filesTable.contains("answered at version 1 of the audit (now version 2), read as the web form imports it; "
                    + "1 answer no longer fits the audit and is left out; answers 5 of 6 questions"), filesTable);
            assertTrue(filesTable.contains("made with version 3 of the audit, newer than this toolkit's version 2"), filesTable);
            assertTrue(filesTable.contains("locked.pdf Skipped the PDF is encrypted with a password"), filesTable);
            assertTrue(filesTable.contains("broken.pdf Skipped not a PDF that can be read (damaged, or not a PDF)"), filesTable);
            assertTrue(filesTable.contains("not an audit export from the web form: not valid JSON (line 3)"), filesTable);
            assertTrue(!browser.driver().getPageSource().contains("Jordan"), "written answers are never shown");
            String site = browser.url("");
            assertTrue(loaded(browser).stream().allMatch(u -> u.startsWith(site)), "nothing is asked of any other site: " + loaded(browser));
            assertTrue(loaded(browser).stream().anyMatch(u -> u.endsWith("pdf-lib.min.js")), "the PDF library came with the first PDF");

            // Sorting by Leadership (its percentage): Cedar 17% first.
            browser.driver().findElement(By.xpath("//*[@id='schools']//th/button[normalize-space()='Leadership']")).click();
            assertEquals("Cedar Academy", browser.driver().findElement(By.cssSelector("#schools tbody tr th")).getText());
            assertEquals(List.of(), browser.axeViolations(), "the report");
            if (BrowserSession.screenshotsForPeople().isPresent()) {
                Path folder = Files.createDirectories(BrowserSession.screenshotsForPeople().get());
                Files.write(folder.resolve("report-page.png"), browser.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            }
        }
    }

    /** The CSV links of the page, each file's bytes (the Blob the link holds) by name. */
    private static Map<String, byte[]> downloads(BrowserSession browser) {
        @SuppressWarnings("unchecked")
        Map<String, String> got = (Map<String, String>) browser.js().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var links = Array.prototype.slice.call(document.querySelectorAll('#downloads a[data-csv]'));
                Promise.all(links.map(function (a) {
                  return fetch(a.href).then(function (r) { return r.arrayBuffer(); }).then(function (b) {
                    var bytes = new Uint8Array(b); var text = '';
                    for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
                    return [a.getAttribute('download'), btoa(text)];
                  });
                })).then(function (pairs) { var out = {}; pairs.forEach(function (p) { out[p[0]] = p[1]; }); done(out); });
                """);
        Map<String, byte[]> out = new java.util.TreeMap<>();
        got.forEach((name, base64) -> out.put(name, java.util.Base64.getDecoder().decode(base64)));
        return out;
    }

    /** The CSV files the command wrote, by name. */
    private static Map<String, byte[]> csvFiles(Path out) throws IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (Stream<Path> list = Files.list(out)) {
            for (Path f : list.filter(p -> p.toString().endsWith(".csv")).toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> command, Map<String, byte[]> page) {
        assertEquals(command.keySet(), page.keySet());
        command.forEach((name, bytes) -> assertEquals(new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
                new String(page.get(name), java.nio.charset.StandardCharsets.UTF_8), name));
        command.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, page.get(name)), name + " byte for byte"));
    }

    /**
     * The command and the page over one folder write the same CSV files, byte for byte: as made,
     * with small groups shown, and anonymised with the same key file.
     */
    @Test
    void thePageDownloadsTheCommandsCsvFiles(@TempDir Path temp) throws IOException {
        Path returns = ReturnsFolder.make(temp.resolve("returns"));
        Path key = temp.resolve("officer.key");
        Path plain = temp.resolve("plain");
        Path coded = temp.resolve("coded");
        for (List<String> run : List.of(List.of("-o", plain.toString()),
                List.of("-o", coded.toString(), "--show-small-groups", "--anonymise", "--key", key.toString()))) {
            List<String> args = new java.util.ArrayList<>(List.of("report", "audits", returns.toString(), "-p", ReturnsFolder.project().toString()));
            args.addAll(run);
            TestSites.CliRun made = TestSites.cli(args.toArray(String[]::new));
            assertEquals(0, made.exitCode(), made.err());
        }
        try (BrowserSession browser = BrowserSession.start(ReturnsFolder.project())) {
            browser.open("report/");
            browser.driver().findElement(By.id("report-files")).sendKeys(pick(returns));
            browser.waitFor("#downloads a[data-csv]", Duration.ofSeconds(30));
            assertSameFiles(csvFiles(plain), downloads(browser));

            browser.driver().findElement(By.id("report-key")).sendKeys(key.toString());
            browser.driver().findElement(By.cssSelector("label[for=report-small]")).click();
            browser.driver().findElement(By.cssSelector("label[for=report-anonymise]")).click();
            assertTrue(browser.waitUntil("document.querySelector('[data-report-status]').innerText.indexOf(args[0]) >= 0",
                    Duration.ofSeconds(30), "coded with your key file"), "the coded report within 30 s");
            assertSameFiles(csvFiles(coded), downloads(browser));
            assertTrue(browser.driver().findElement(By.cssSelector("#downloads a[data-csv]")).getAttribute("href").startsWith("blob:"),
                    "a CSV is made in the page, never fetched");
        }
    }

    /**
     * Two filled PDFs made with the real {@code fill} for schools of their own (Fir Juniors'
     * answers): gum-juniors.pdf says it was made from version 1 of the audit, hazel-juniors.pdf
     * says nothing of its version (its metadata taken away, as PDFs made before the stamp).
     */
    private static Path olderAndUnstampedPdfs(Path temp) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        Path folder = Files.createDirectories(temp.resolve("pdfs"));
        String fir = Files.readString(TestSites.projectRoot().resolve("src/test/resources/returns/fir-juniors.json"));
        for (String school : List.of("Gum Juniors", "Hazel Juniors")) {
            String name = school.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            Path json = Files.writeString(temp.resolve(name + ".json"), fir.replace("Fir Juniors", school));
            TestSites.CliRun fill = TestSites.cli("fill", json.toString(), "-o", folder.resolve(name + ".pdf").toString(),
                    "-p", ReturnsFolder.project().toString());
            assertEquals(0, fill.exitCode(), fill.err());
        }
        Path gum = folder.resolve("gum-juniors.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(gum))) {
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            String older = xmp.replaceFirst("(toolkitAudit:version(>|=\"))2", "$11");
            assertTrue(!older.equals(xmp), "the stamp's version was found: " + xmp);
            pdf.getDocumentCatalog().setMetadata(new org.apache.pdfbox.pdmodel.common.PDMetadata(pdf,
                    new java.io.ByteArrayInputStream(older.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            pdf.save(gum.toFile());
        }
        Path hazel = folder.resolve("hazel-juniors.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(hazel))) {
            pdf.getDocumentCatalog().setMetadata(null);
            pdf.save(hazel.toFile());
        }
        return folder;
    }

    /** A PDF from an older version, and one that does not say its version: the page notes them as the command does. */
    @Test
    void pdfsOfAnOlderOrUnstatedVersionAreNotedAsTheCommandNotesThem(@TempDir Path temp) throws IOException {
        Path pdfs = olderAndUnstampedPdfs(temp);
        Path out = temp.resolve("report");
        TestSites.CliRun made = TestSites.cli("report", "audits", pdfs.toString(), "-p", ReturnsFolder.project().toString(),
                "-o", out.toString(), "--show-small-groups");
        assertEquals(0, made.exitCode(), made.err());
        assertEquals("""
                "file","status","note"\r
                "gum-juniors.pdf","read","the PDF was made from version 1 of ""school-audit"", which is now version 2; answered at version 1 of the audit (now version 2), read as the web form imports it; answers 5 of 6 questions"\r
                "hazel-juniors.pdf","read","the PDF does not say which version of ""school-audit"" it was made from; its answers are given as version 2, the toolkit's current one; answers 5 of 6 questions"\r
                """, TestSites.read(out.resolve("files.csv")));
        try (BrowserSession browser = BrowserSession.start(ReturnsFolder.project())) {
            browser.open("report/");
            browser.driver().findElement(By.cssSelector("label[for=report-small]")).click();
            browser.driver().findElement(By.id("report-files")).sendKeys(pick(pdfs));
            browser.waitFor("#downloads a[data-csv]", Duration.ofSeconds(30));
            assertSameFiles(csvFiles(out), downloads(browser));
        }
    }

    /**
     * Returned PDFs as other viewers save them: a flattened form is skipped, saying why; a radio
     * value written as a string and lines ended by carriage returns read as the command reads
     * them; a school name holding markup is only text on the page. The page writes the command's
     * CSV files, byte for byte.
     */
    @Test
    void pdfsAsOtherViewersSaveThemAreReadOrExplainedAsTheCommandDoes(@TempDir Path temp) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        Path folder = Files.createDirectories(temp.resolve("pdfs"));
        String fir = Files.readString(TestSites.projectRoot().resolve("src/test/resources/returns/fir-juniors.json"));
        String hostile = "<img src=x onerror=\"window.__pwned = 1\">Fir Juniors";
        Map<String, String> schools = Map.of("flat", "Flat Juniors", "string", "String Juniors", "hostile", hostile);
        for (Map.Entry<String, String> school : schools.entrySet()) {
            Path json = Files.writeString(temp.resolve(school.getKey() + ".json"),
                    fir.replace("\"Fir Juniors\"", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(school.getValue())));
            TestSites.CliRun fill = TestSites.cli("fill", json.toString(), "-o", folder.resolve(school.getKey() + ".pdf").toString(),
                    "-p", ReturnsFolder.project().toString());
            assertEquals(0, fill.exitCode(), fill.err());
        }
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(folder.resolve("flat.pdf")))) {
            pdf.getDocumentCatalog().getAcroForm().flatten();
            pdf.save(folder.resolve("flat.pdf").toFile());
        }
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(folder.resolve("string.pdf")))) {
            for (org.apache.pdfbox.pdmodel.interactive.form.PDField field : pdf.getDocumentCatalog().getAcroForm().getFieldTree()) {
                org.apache.pdfbox.cos.COSDictionary dict = field.getCOSObject();
                if (field instanceof org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton && dict.getCOSName(org.apache.pdfbox.cos.COSName.V) != null) {
                    dict.setString(org.apache.pdfbox.cos.COSName.V, dict.getNameAsString(org.apache.pdfbox.cos.COSName.V));
                }
            }
            pdf.save(folder.resolve("string.pdf").toFile());
        }
        Path out = temp.resolve("report");
        TestSites.CliRun made = TestSites.cli("report", "audits", folder.toString(), "-p", ReturnsFolder.project().toString(),
                "-o", out.toString(), "--show-small-groups");
        assertEquals(0, made.exitCode(), made.err());
        String files = TestSites.read(out.resolve("files.csv"));
        assertTrue(files.contains("\"flat.pdf\",\"skipped\",\"this PDF of \"\"school-audit\"\" has no form fields left"), files);
        // Fir Juniors' return answers 5 of the 6 questions: so must each PDF made from it that reads.
        assertTrue(files.contains("\"string.pdf\",\"read\",\"answers 5 of 6 questions\"") && files.contains("\"hostile.pdf\",\"read\",\"answers 5 of 6 questions\""), files);
        try (BrowserSession browser = BrowserSession.start(ReturnsFolder.project())) {
            browser.open("report/");
            browser.driver().findElement(By.cssSelector("label[for=report-small]")).click();
            browser.driver().findElement(By.id("report-files")).sendKeys(pick(folder));
            browser.waitFor("#downloads a[data-csv]", Duration.ofSeconds(30));
            assertSameFiles(csvFiles(out), downloads(browser));
            assertEquals(null, browser.js().executeScript("return window.__pwned === undefined ? null : String(window.__pwned)"));
            assertTrue(browser.driver().findElements(By.cssSelector("[data-report-output] img")).isEmpty(), "no image from a school's name");
            assertTrue(browser.driver().findElement(By.cssSelector("[data-report-output]")).getText().contains(hostile), "the name shown as text");
        }
    }

    /**
     * Files the officer cannot report on are never a dead end: when none can be read, the page
     * lists each with the reason the command gives for it (not only "none could be read"); when
     * some are read, the summary's count of skipped files links to that list, which is last.
     */
    @Test
    void everySkippedFileSaysWhyAsTheCommandDoesEvenWhenNoneIsRead(@TempDir Path temp) throws IOException {
        Path fixture = TestSites.projectRoot().resolve("src/test/resources/returns/school-audit");
        Path folder = Files.createDirectories(temp.resolve("unreadable"));
        for (String name : List.of("a-list.json", "another-audit.json", "damaged.json", "newer-version.json", "notes.txt", "nothing-answered.json")) {
            Files.copy(fixture.resolve(name), folder.resolve(name));
        }
        // Hand-edited: a version the web form never writes. The page read it as an older version before.
        Files.writeString(folder.resolve("version-nought.json"), """
                {"audit": "school-audit", "version": 0, "header": {"school": "Oak School"}, "answers": {"vision": {"score": 2}}}
                """);
        TestSites.CliRun command = TestSites.cli("report", "audits", folder.toString(), "-p", ReturnsFolder.project().toString(),
                "-o", temp.resolve("report").toString());
        assertEquals(1, command.exitCode(), command.err());
        // "<path>: skipped: <reason>", one line a file.
        Map<String, String> reasons = command.err().lines().filter(l -> l.contains(": skipped: "))
                .collect(Collectors.toMap(l -> Path.of(l.substring(0, l.indexOf(": skipped: "))).getFileName().toString(),
                        l -> l.substring(l.indexOf(": skipped: ") + ": skipped: ".length())));
        assertEquals(7, reasons.size(), command.err());
        assertEquals("not an audit export from the web form: its version, 0, is not a whole number from 1 up", reasons.get("version-nought.json"));
        try (BrowserSession browser = BrowserSession.start(ReturnsFolder.project())) {
            browser.open("report/");
            browser.driver().findElement(By.id("report-files")).sendKeys(pick(folder));
            browser.waitFor("#files tbody tr", Duration.ofSeconds(30));
            Map<String, String> shown = browser.driver().findElements(By.cssSelector("#files tbody tr")).stream().collect(Collectors.toMap(
                    row -> row.findElement(By.tagName("th")).getText(), row -> row.findElement(By.cssSelector("td:last-child")).getText()));
            assertEquals(reasons, shown);
            assertEquals(List.of(), browser.axeViolations(), "the page with no file read");

            Files.copy(fixture.resolve("cedar-academy.json"), folder.resolve("cedar-academy.json"));
            browser.js().executeScript("document.getElementById('report-files').value = ''");
            browser.driver().findElement(By.id("report-files")).sendKeys(pick(folder));
            browser.waitFor("#downloads a[data-csv]", Duration.ofSeconds(30));
            WebElement link = browser.driver().findElement(By.cssSelector("[data-report-output] .summary a"));
            assertEquals("Which files were skipped, and why", link.getText());
            assertEquals("#files", link.getDomAttribute("href"));
            assertEquals(8, browser.driver().findElements(By.cssSelector("#files tbody tr")).size());
        }
    }

    /**
     * Every audit shape (ratings at assessment points, rating parts, ticks, write-ins and dates):
     * the page and the command give the same CSV files for the returns of the audit-shapes gallery.
     */
    @Test
    void everyAuditShapeGivesTheCommandsCsvFiles(@TempDir Path temp) throws IOException {
        Path returns = TestSites.projectRoot().resolve("src/test/resources/returns/shapes");
        List<String> audits = List.of("progress-review", "mixed-scales");
        for (String audit : audits) {
            TestSites.CliRun made = TestSites.cli("report", "audits", returns.toString(), "-p", TestSites.fixture("audit-shapes").toString(),
                    "-o", temp.resolve(audit).toString(), "--audit", audit, "--show-small-groups");
            assertEquals(0, made.exitCode(), made.err());
        }
        try (BrowserSession browser = BrowserSession.start(TestSites.fixture("audit-shapes"))) {
            browser.open("report/");
            browser.driver().findElement(By.cssSelector("label[for=report-small]")).click();
            browser.driver().findElement(By.id("report-files")).sendKeys(pick(returns));
            for (String audit : audits) {
                WebElement option = browser.driver().findElement(By.cssSelector("#report-audit option[value='" + audit + "']"));
                option.click();
                String title = option.getText();
                assertTrue(browser.waitUntil("Array.prototype.some.call(document.querySelectorAll('[data-report-output] > p.summary'),"
                        + " function (p) { return p.innerText.trim().indexOf(args[0]) === 0; })"
                        + " && document.querySelector('#downloads a') !== null", Duration.ofSeconds(30), title + ":"),
                        "the report on " + audit + " within 30 s");
                assertSameFiles(csvFiles(temp.resolve(audit)), downloads(browser));
            }
        }
    }

    /**
     * A school that rated every question at two points, the same each time, has a change of
     * nothing on the page as in the command (AuditShapesReportTest works the figures by hand).
     */
    @Test
    void theSameAnswersAtTwoPointsAreNoChangeOnThePageToo(@TempDir Path temp) throws IOException {
        Path returns = Files.createDirectories(temp.resolve("returns"));
        for (String file : List.of("shapes/x-primary.json", "shapes/y-academy.json", "steady/w-infants-steady.json")) {
            Path from = TestSites.projectRoot().resolve("src/test/resources/returns/" + file);
            Files.copy(from, returns.resolve(from.getFileName()));
        }
        TestSites.CliRun made = TestSites.cli("report", "audits", returns.toString(), "-p", TestSites.fixture("audit-shapes").toString(),
                "-o", temp.resolve("made").toString(), "--show-small-groups");
        assertEquals(0, made.exitCode(), made.err());
        try (BrowserSession browser = BrowserSession.start(TestSites.fixture("audit-shapes"))) {
            browser.open("report/");
            browser.driver().findElement(By.cssSelector("label[for=report-small]")).click();
            browser.driver().findElement(By.id("report-files")).sendKeys(pick(returns));
            browser.waitFor("#downloads a[data-csv]", Duration.ofSeconds(30));
            WebElement w = browser.driver().findElement(By.xpath("//section[@id='schools']//tr[th[normalize-space()='W Infants']]"));
            assertEquals("no change", w.findElement(By.cssSelector("td[data-label=Change]")).getText());
            assertSameFiles(csvFiles(temp.resolve("made")), downloads(browser));
        }
    }

    /** Runs the command over {@code folder} of the resources' returns with small groups shown; {@code more}: further options. */
    private static Path made(Path out, String folder, String site, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("report", "audits", TestSites.projectRoot().resolve("src/test/resources/returns/" + folder).toString(),
                "-p", TestSites.fixture(site).toString(), "-o", out.toString(), "--show-small-groups"));
        args.addAll(List.of(more));
        TestSites.CliRun run = TestSites.cli(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return out;
    }

    /** Opens the report page afresh, chooses {@code audit}, shows small groups and picks the files of {@code folder} of the resources' returns. */
    private static void pickAfresh(BrowserSession browser, String audit, String folder) throws IOException {
        browser.open("report/");
        browser.driver().findElement(By.cssSelector("#report-audit option[value='" + audit + "']")).click();
        browser.driver().findElement(By.cssSelector("label[for=report-small]")).click();
        browser.driver().findElement(By.id("report-files")).sendKeys(pick(TestSites.projectRoot().resolve("src/test/resources/returns/" + folder)));
        browser.waitFor("#downloads a[data-csv]", Duration.ofSeconds(30));
    }

    /** What the page's table of written, ticked and dated answers says of the row whose question holds {@code question}. */
    private static String counted(BrowserSession browser, String question) {
        return browser.driver().findElement(By.xpath("//table[@aria-labelledby='counted-title']//tr[th[contains(., \"" + question + "\")]]"
                + "/td[@data-label='Schools']")).getText();
    }

    /**
     * A school that sent a fresh return for each assessment (returns/fresh/), and evidence boxes
     * per item and per group (returns/evidence/): the page gives the command's CSV files and the
     * figures AuditShapesReportTest works out by hand — the first point read from the first return
     * ("Answered" 5 of 5 there, the earlier return's note), each evidence box counted.
     */
    @Test
    void eachPointIsReadFromItsNewestReturnAndEvidenceCountedAsTheCommandDoes(@TempDir Path temp) throws IOException {
        Path latest = made(temp.resolve("latest"), "fresh", "audit-shapes");
        Path first = made(temp.resolve("first"), "fresh", "audit-shapes", "--point", "first");
        Path rubric = made(temp.resolve("rubric"), "evidence/rubric", "audit-shapes");
        Path wellbeing = made(temp.resolve("wellbeing"), "evidence/wellbeing", "new-shape");
        try (BrowserSession browser = BrowserSession.start(TestSites.fixture("audit-shapes"))) {
            pickAfresh(browser, "progress-review", "fresh");
            assertSameFiles(csvFiles(latest), downloads(browser));
            assertEquals("the school's answers at Assessment 1 are read from this return (its later returns rate no question there)",
                    browser.driver().findElement(By.xpath("//section[@id='files']//tr[th[normalize-space()='v-nursery-assessment-1.json']]/td[last()]")).getText());
            browser.driver().findElement(By.cssSelector("label[for=report-point-1]")).click();
            assertTrue(browser.waitUntil("document.querySelector('#answers p.report-point').innerText === args[0]",
                    Duration.ofSeconds(30), "Answers counted at: Assessment 1"), "the report at the first point within 30 s");
            assertEquals("5 of 5", browser.driver().findElement(By.cssSelector("#schools td[data-label='Answered']")).getText());
            assertSameFiles(csvFiles(first), downloads(browser));

            pickAfresh(browser, "rubric-audit", "evidence/rubric");
            assertEquals("1 of 2 written", counted(browser, "2 Limits are set calmly once the pupil is regulated. – What shows this"));
            assertSameFiles(csvFiles(rubric), downloads(browser));
        }
        try (BrowserSession browser = BrowserSession.start(TestSites.fixture("new-shape"))) {
            pickAfresh(browser, "wellbeing-review", "evidence/wellbeing");
            assertEquals("2 of 2 written", counted(browser, "Supervision – What tells us this"));
            assertEquals("1 of 2 written", counted(browser, "Workload – What tells us this"));
            assertSameFiles(csvFiles(wellbeing), downloads(browser));
        }
    }

    /** The text of the report's line saying which assessment point the heat maps count, or "" when there is none. */
    private static String countedAt(BrowserSession browser) {
        return (String) browser.js().executeScript("var p = document.querySelector('#answers p.report-point'); return p ? p.innerText : '';");
    }

    /**
     * An audit answered at assessment points: the page offers the point to count as radios named
     * after the points, each school's latest answers chosen first; the report says which point its
     * counts are of, and at each choice the page gives the CSV files the command gives with the
     * same --point (figures at the first point worked by hand in AuditShapesReportTest). An audit
     * answered once offers no choice.
     */
    @Test
    void theOfficerChoosesTheAssessmentPointTheHeatMapsCount(@TempDir Path temp) throws IOException {
        Path returns = TestSites.projectRoot().resolve("src/test/resources/returns/shapes");
        for (String point : List.of("latest", "first", "final")) {
            List<String> args = new java.util.ArrayList<>(List.of("report", "audits", returns.toString(), "-p", TestSites.fixture("audit-shapes").toString(),
                    "-o", temp.resolve(point).toString(), "--audit", "progress-review", "--show-small-groups"));
            if (!point.equals("latest")) {
                args.addAll(List.of("--point", point));
            }
            TestSites.CliRun made = TestSites.cli(args.toArray(String[]::new));
            assertEquals(0, made.exitCode(), made.err());
        }
        try (BrowserSession browser = BrowserSession.start(TestSites.fixture("audit-shapes"), false, BrowserSession.kindForScreenshotsForPeople())) {
            browser.open("report/");
            assertEquals(0, browser.driver().findElements(By.cssSelector("input[name=point]")).size(), "no choice before the files say which audit");
            browser.driver().findElement(By.cssSelector("label[for=report-small]")).click();
            browser.driver().findElement(By.cssSelector("#report-audit option[value='progress-review']")).click();
            browser.driver().findElement(By.id("report-files")).sendKeys(pick(returns));
            browser.waitFor("#downloads a[data-csv]", Duration.ofSeconds(30));

            WebElement choice = browser.driver().findElement(By.cssSelector("[data-report-point] fieldset"));
            assertEquals("Which assessment to count", choice.findElement(By.tagName("legend")).getText());
            List<String> labels = choice.findElements(By.cssSelector("input[name=point] + label .choice-label")).stream().map(WebElement::getText).toList();
            assertEquals(List.of("Each school's latest answers", "Assessment 1", "Assessment 2", "Final assessment"), labels);
            assertTrue(choice.findElement(By.id("report-point-0")).isSelected(), "the latest answers are counted first");
            assertEquals("Answers counted at: Each school's latest answers", countedAt(browser));
            assertSameFiles(csvFiles(temp.resolve("latest")), downloads(browser));

            browser.driver().findElement(By.cssSelector("label[for=report-point-1]")).click();
            assertTrue(browser.waitUntil("document.querySelector('#answers p.report-point').innerText === args[0]",
                    Duration.ofSeconds(30), "Answers counted at: Assessment 1"), "the report at the first point within 30 s");
            assertTrue(browser.driver().findElement(By.id("report-point-1")).isSelected(), "the choice stays as made");
            // Provision at the first point: six answers, three of them "1 Not yet" (50%).
            List<String> whole = browser.driver().findElements(By.cssSelector("#answers table.heatmap")).get(0)
                    .findElements(By.cssSelector("tr.section-row td")).stream().map(WebElement::getText).toList();
            assertEquals(List.of("6", "3 (50%)", "1 (17%)", "1 (17%)", "1 (17%)"), whole);
            // "Answered" at the first point: each school rated four of the five questions there.
            assertEquals(List.of("4 of 5", "4 of 5"), browser.driver().findElements(By.cssSelector("#schools td[data-label='Answered']"))
                    .stream().map(WebElement::getText).toList());
            assertEquals("Answered counts the questions each school rated at Assessment 1; a question not rated there yet is not answered.",
                    browser.driver().findElement(By.cssSelector("#schools p.report-answered")).getText());
            assertSameFiles(csvFiles(temp.resolve("first")), downloads(browser));
            if (BrowserSession.screenshotsForPeople().isPresent()) {
                Path folder = Files.createDirectories(BrowserSession.screenshotsForPeople().get());
                for (int width : new int[] {320, 1280}) {
                    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 1400));
                    for (String part : List.of("[data-report-point]", "#answers")) {
                        browser.js().executeScript("document.querySelector(arguments[0]).scrollIntoView()", part);
                        Files.write(folder.resolve("report-point-" + (part.equals("#answers") ? "answers-" : "choice-") + width + ".png"),
                                browser.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                    }
                }
            }

            browser.driver().findElement(By.cssSelector("label[for=report-point-3]")).click();
            assertTrue(browser.waitUntil("document.querySelector('#answers p.report-point').innerText === args[0]",
                    Duration.ofSeconds(30), "Answers counted at: Final assessment"), "the report at the final point within 30 s");
            assertSameFiles(csvFiles(temp.resolve("final")), downloads(browser));
            assertEquals(List.of(), browser.axeViolations(), "the page with the choice of point passes axe");

            browser.driver().findElement(By.cssSelector("#report-audit option[value='mixed-scales']")).click();
            assertTrue(browser.waitUntil("document.querySelector('[data-report-point]').hidden"
                    + " && document.querySelectorAll('input[name=point]').length === 0 && !document.querySelector('#answers p.report-point')",
                    Duration.ofSeconds(30)), "an audit answered once offers no choice of point");
        }
    }

    /**
     * A returned PDF's action plan, read on the report page with the page's own audit shapes: each
     * row's Question cell ("1.2" written by {@code fill}, an item id, "2.1" typed by hand in a
     * viewer) back to the item it names, as {@code toolkit read} reads it, and the PDF is one
     * of the returns the page reports on. The expected ids are the gallery's rubric-audit.yml's.
     */
    @Test
    void aReturnedPdfsActionPlanIsReadBackToItsQuestionsAsTheCommandReadsIt(@TempDir Path temp) throws IOException {
        Path gallery = TestSites.fixture("audit-shapes");
        Path response = Files.writeString(temp.resolve("brook.yml"), """
                audit: rubric-audit
                version: 1
                header: {school: Brook Lane Primary}
                answers: {validate: {score: 1}, limits: {score: 2}, training: {score: 3}}
                plan:
                  - {item: limits, action: Practise the words, who: Head, by: July 2027, measure: Survey}
                  - {item: training, action: Training day, who: SENCo, by: March 2027, measure: All staff trained}
                  - {item: validate, action: Coaching, who: Deputy, by: May 2027, measure: Observation}
                """);
        Path filled = temp.resolve("returns").resolve("brook.pdf");
        Files.createDirectories(filled.getParent());
        TestSites.CliRun fill = TestSites.cli("fill", response.toString(), "-o", filled.toString(), "-p", gallery.toString());
        assertEquals(0, fill.exitCode(), fill.err());
        // The third row's cell as a school would type it by hand in a viewer: the reference printed beside "validate".
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(filled.toFile())) {
            ((org.apache.pdfbox.pdmodel.interactive.form.PDTextField) document.getDocumentCatalog().getAcroForm()
                    .getField("rubric-audit.plan.item-3")).setValue("1.1");
            document.save(filled.toFile());
        }
        TestSites.CliRun read = TestSites.cli("read", filled.toString(), "-p", gallery.toString());
        assertEquals(0, read.exitCode(), read.err());
        List<String> commandItems = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(read.out()).get("plan").forEach(r -> commandItems.add(r.get("item").asText()));
        assertEquals(List.of("limits", "training", "validate"), commandItems);

        try (BrowserSession browser = BrowserSession.start(gallery)) {
            browser.open("report/");
            @SuppressWarnings("unchecked")
            List<String> pageItems = (List<String>) browser.js().executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    var bytes = Uint8Array.from(atob(arguments[0]), function (c) { return c.charCodeAt(0); });
                    var page = document.querySelector('[data-audit-report]');
                    var shape = JSON.parse(page.getAttribute('data-shapes')).filter(function (s) { return s.id === 'rubric-audit'; })[0];
                    var pdf = window.ToolkitAudit.pdf;
                    pdf.library(page.getAttribute('data-pdf-library')).then(function (lib) { return pdf.fields(lib, bytes); })
                      .then(function (form) {
                        var data = pdf.responseOf(form.values, 'rubric-audit', shape.version, [], shape.reads);
                        done(data.plan.map(function (row) { return row.item; }));
                      }, function (e) { done(['failed: ' + e]); });
                    """, java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(filled)));
            assertEquals(commandItems, pageItems, "the page reads the plan's questions as the command does");

            browser.driver().findElement(By.id("report-files")).sendKeys(filled.toString());
            browser.waitFor("#files", Duration.ofSeconds(30));
            String files = browser.driver().findElement(By.id("files")).getText();
            assertTrue(files.contains("brook.pdf Read"), files);
        }
    }

    /** The command's own report, opened from disk as an officer opens it: axe finds nothing, at 1280 and 320 px. */
    @Test
    void theCommandsReportPassesAxe(@org.junit.jupiter.api.io.TempDir Path temp) {
        Path out = temp.resolve("report");
        TestSites.CliRun run = TestSites.cli("report", "audits", TestSites.projectRoot().resolve("src/test/resources/returns/school-audit").toString(),
                "-p", ReturnsFolder.project().toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (BrowserSession browser = BrowserSession.start(TestSites.fixture("returns"))) {
            browser.driver().get(out.resolve("index.html").toUri().toString());
            browser.waitFor("#schools th button", Duration.ofSeconds(10));
            assertEquals(List.of(), browser.axeViolations(), "the command's report at the default width");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(320, 900));
            assertEquals(List.of(), browser.axeViolations(), "the command's report at 320 px");
            Object scrolls = browser.js().executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertEquals(Boolean.FALSE, scrolls, "nothing scrolls sideways at 320 px");
            // An audit answered at assessment points, counted at one: the report names the point and the others' ids.
            Path atPoint = temp.resolve("at-point");
            TestSites.CliRun first = TestSites.cli("report", "audits", TestSites.projectRoot().resolve("src/test/resources/returns/shapes").toString(),
                    "-p", TestSites.fixture("audit-shapes").toString(), "-o", atPoint.toString(), "--audit", "progress-review",
                    "--show-small-groups", "--point", "first");
            assertEquals(0, first.exitCode(), first.err());
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            browser.driver().get(atPoint.resolve("index.html").toUri().toString());
            browser.waitFor("#answers p.report-point", Duration.ofSeconds(10));
            assertEquals(List.of(), browser.axeViolations(), "the command's report at a point");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(320, 900));
            assertEquals(List.of(), browser.axeViolations(), "the command's report at a point, at 320 px");
            assertEquals(Boolean.FALSE, browser.js().executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;"),
                    "nothing scrolls sideways at 320 px");
        }
    }
}
