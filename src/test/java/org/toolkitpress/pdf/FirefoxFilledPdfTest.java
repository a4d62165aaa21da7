package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/**
 * An audit's fillable PDF filled and saved in pdf.js's own viewer, as a school does in Firefox
 * (typed key by key, buttons clicked, saved with the viewer's Save button), comes back whole for
 * the officer: {@code toolkit read} gives exactly the answers typed, {@code toolkit report
 * audits} reads it as a return, and the web form's "Import a filled PDF" asks first and then
 * holds every answer. The default content's audit gives text, multi-line text (line breaks,
 * Welsh letters, an em dash, apostrophes), a radio choice, a date and plan rows; the audit-shapes
 * gallery's progress review gives a check box, a date part and a radio in a grid (the default
 * content has no tick part).
 */
class FirefoxFilledPdfTest extends PdfBrowserTest {

    private static final String AUDIT = "relational-approaches-audit";
    private static final String PAGE = "relational-approaches/toolkit-1-audit/";
    private static final String SHAPES = "progress-review";
    private static final Path GALLERY = TestSites.fixture("audit-shapes");

    /** What the school types: names of fields under the audit, and text as typed (a line break is Enter). */
    private static final Map<String, String> TYPED = typed();

    private static Map<String, String> typed() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("header.setting", "Ysgol Gynradd Tŷ’r Dŵr");
        typed.put("header.completed-by", "Siân O'Brien — Deputy Head");
        typed.put("header.date", "14 March 2026");
        typed.put("safe-ethos-1.evidence", "Staff greet every pupil at the door.\nYr ŵyl — pupils’ own idea.\n\nŶ, ŷ, Ŵ and ŵ kept as typed.");
        typed.put("plan.item-1", "8");
        typed.put("plan.action-1", "Review the behaviour policy with pupils’ council — in Welsh and English");
        typed.put("plan.who-1", "Head and SENCo");
        typed.put("plan.by-1", "July 2026");
        typed.put("plan.measure-1", "Pupil survey in June");
        typed.put("plan.action-2", "Training for lunchtime staff");
        typed.put("closing.additional-notes", "Diolch — thank you.\nNext year: peer mentoring.");
        return typed;
    }

    /** The radio groups the school chooses in, and the option (the button's on-state) it clicks. */
    private static final Map<String, String> CHOSEN = Map.of("safe-ethos-1.choice", "green", "safe-ethos-2.choice", "red");

    private PdfViewers viewers;
    private Path saved;

    @Override
    Path project() {
        return TestSites.projectRoot();
    }

    /** pdf.js's viewer lays out and draws its form layer as a page: the shell with frames. */
    @Override
    BrowserSession.Kind kind() {
        return BrowserSession.Kind.HEADLESS_SHELL;
    }

    @BeforeAll
    void fillInFirefox() throws Exception {
        viewers = new PdfViewers(browser, browser);
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        TYPED.forEach((field, text) -> entries.add(Map.entry(AUDIT + "." + field, text)));
        CHOSEN.forEach((field, option) -> entries.add(Map.entry(AUDIT + "." + field, option)));
        viewers.firefoxFill(browser.work().resolve("site/downloads/" + AUDIT + ".pdf"), entries);
        saved = downloads.nextPdf();
        browser.giveBackBrowser();
        leaveForPeople(saved);
    }

    /** The saved PDF, left where a person asked for pictures ({@code TOOLKIT_SCREENSHOTS}) to look at. */
    private static void leaveForPeople(Path pdf) throws IOException {
        if (BrowserSession.screenshotsForPeople().isPresent()) {
            Path folder = Files.createDirectories(BrowserSession.screenshotsForPeople().get());
            Files.copy(pdf, folder.resolve("firefox-" + pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @AfterAll
    void stopViewers() {
        if (viewers != null) {
            viewers.close();
        }
    }

    private static JsonNode read(Path pdf, Path project) throws IOException {
        TestSites.CliRun run = TestSites.cli("read", pdf.toString(), "-p", project.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "read says nothing else");
        return new ObjectMapper().readTree(run.out());
    }

    /** The value a response holds for a field name under the audit (header, closing, an item's part). */
    private static String answer(JsonNode response, String field) {
        String[] name = field.split("\\.");
        JsonNode holder = name[0].equals("header") || name[0].equals("closing") ? response.path(name[0]) : response.path("answers").path(name[0]);
        return holder.path(name[1]).asText(null);
    }

    @Test
    void toolkitReadGivesBackExactlyWhatWasTyped() throws IOException {
        JsonNode response = read(saved, project());
        assertEquals(AUDIT, response.path("audit").asText());
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        TYPED.forEach((field, text) -> {
            if (!field.startsWith("plan.")) {
                checks.add(() -> assertEquals(text, answer(response, field), field));
            }
        });
        CHOSEN.forEach((field, option) -> checks.add(() -> assertEquals(option, answer(response, field), field)));
        JsonNode plan = response.path("plan");
        checks.add(() -> assertEquals(2, plan.size(), plan.toString()));
        checks.add(() -> assertEquals("safe-ethos-8", plan.path(0).path("item").asText(), "the plan row's question number (8, printed once: the eighth of the first group) read back to its item"));
        for (String column : List.of("action", "who", "by", "measure")) {
            checks.add(() -> assertEquals(TYPED.get("plan." + column + "-1"), plan.path(0).path(column).asText(), column));
        }
        checks.add(() -> assertEquals(TYPED.get("plan.action-2"), plan.path(1).path("action").asText()));
        java.util.Set<String> owners = new java.util.TreeSet<>();
        java.util.stream.Stream.concat(TYPED.keySet().stream(), CHOSEN.keySet().stream()).map(f -> f.split("\\.")[0])
                .filter(owner -> !List.of("header", "closing", "plan").contains(owner)).forEach(owners::add);
        java.util.Set<String> read = new java.util.TreeSet<>();
        response.path("answers").fieldNames().forEachRemaining(read::add);
        checks.add(() -> assertEquals(owners, read, "answers to the questions answered, and no others"));
        assertAll(checks);
    }

    /**
     * pdf.js draws a saved field's appearance in the field's own font when that font has every
     * letter typed; when it lacked one (ŵ, before the form font was Atkinson Hyperlegible Next)
     * it dropped that field's appearance and set NeedAppearances, and the file was no longer
     * PDF/A. Every typed field, Welsh ones included, keeps an appearance drawing what was typed.
     */
    @Test
    void theSavedFileKeepsEveryAppearanceAndStaysPdfUaAndPdfA() throws IOException {
        byte[] bytes = Files.readAllBytes(saved);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
            assertTrue(!form.getNeedAppearances(), "the saved form does not ask viewers to redraw its fields");
            List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
            TYPED.forEach((field, text) -> checks.add(() -> {
                var one = (org.apache.pdfbox.pdmodel.interactive.form.PDTextField) form.getField(AUDIT + "." + field);
                assertTrue(one.getWidgets().get(0).getNormalAppearanceStream() != null, field + " keeps an appearance");
                assertEquals(text.replaceAll("\\s+", ""), DrawnAnswer.of(one).letters(), field + ": the appearance draws what was typed");
            }));
            assertAll(checks);
        }
        assertEquals(List.of(), VeraPdf.failures(bytes), "PDF/UA-1 and PDF/A after pdf.js saved it");
    }

    @Test
    void theReportAcrossSchoolsReadsItAsAReturn(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        Path returns = Files.createDirectories(temp.resolve("returns"));
        Files.copy(saved, returns.resolve("ty-r-dwr.pdf"));
        Path out = temp.resolve("report");
        TestSites.CliRun run = TestSites.cli("report", "audits", returns.toString(), "-o", out.toString(), "-p", project().toString(),
                "--show-small-groups");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("1 file read, 0 skipped"), run.out());
        String schools = TestSites.read(out.resolve("schools.csv"));
        assertTrue(schools.contains("\"" + TYPED.get("header.setting") + "\""), schools);
        String answers = TestSites.read(out.resolve("answers.csv"));
        for (Map.Entry<String, String> chosen : CHOSEN.entrySet()) {
            String label = chosen.getValue().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + chosen.getValue().substring(1);
            assertTrue(answers.lines().anyMatch(line -> line.matches(".*,\"1\",\"" + label + "\",\"[1-9]\",\"1\",\"100\".*")),
                    chosen.getKey() + " counted once as " + label + ":\n" + answers);
        }
    }

    @Test
    void importAFilledPdfAsksFirstThenHoldsEveryAnswer() {
        browser.openFresh(PAGE);
        browser.waitFor("[data-audit-pdf]:not([hidden])", Duration.ofSeconds(10));
        setTyped(field(AUDIT + ".header.setting"), "Our own work");
        driver().findElement(By.cssSelector("[data-pdf-import]")).sendKeys(saved.toString());
        browser.waitFor("[data-confirm-import]:not([hidden])", Duration.ofSeconds(30));
        String facts = driver().findElement(By.cssSelector("[data-import-facts]")).getText();
        assertTrue(facts.contains(TYPED.get("header.setting")), facts);
        assertEquals("Our own work", field(AUDIT + ".header.setting").getDomProperty("value"), "nothing changes before Yes");
        press(driver().findElement(By.cssSelector("[data-action='import-confirm']")));
        assertEquals("", pdfMessage(), "nothing missing, nothing to say");

        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        TYPED.forEach((name, text) -> {
            if (!name.startsWith("plan.")) {
                checks.add(() -> assertEquals(text, field(AUDIT + "." + name).getDomProperty("value"), name));
            }
        });
        CHOSEN.forEach((name, option) -> checks.add(() -> assertEquals("true", field(AUDIT + "." + name + "." + option).getDomProperty("checked"), name)));
        for (String column : List.of("action", "who", "by", "measure")) {
            List<String> cells = driver().findElements(By.cssSelector("[data-plan-rows] [data-plan-part='" + column + "']")).stream()
                    .map(box -> box.getDomProperty("value")).toList();
            checks.add(() -> assertEquals(java.util.Arrays.asList(TYPED.getOrDefault("plan." + column + "-1", ""),
                    TYPED.getOrDefault("plan." + column + "-2", "")), cells, "the plan's " + column + " cells"));
        }
        assertAll(checks);
    }

    /** Imports a PDF into the form open now, saying Yes when the form asks first. */
    private void importPdf(Path pdf) {
        driver().executeScript("var m = document.querySelector('[data-pdf-message]'); m.textContent = ''; m.hidden = true;");
        driver().findElement(By.cssSelector("[data-pdf-import]")).sendKeys(pdf.toString());
        assertTrue(browser.waitUntil("!document.querySelector('[data-confirm-import]').hidden"
                + " || !document.querySelector('[data-pdf-message]').hidden"
                + " || /imported from/.test(document.querySelector('[data-import-message]').textContent)", Duration.ofSeconds(30)),
                "the page imported " + pdf.getFileName() + ", asked first, or said why not");
        if (Boolean.FALSE.equals(driver().executeScript("return document.querySelector('[data-confirm-import]').hidden"))) {
            press(driver().findElement(By.cssSelector("[data-action='import-confirm']")));
        }
    }

    private String pdfMessage() {
        return (String) driver().executeScript("var m = document.querySelector('[data-pdf-message]'); return m.hidden ? '' : m.textContent;");
    }

    /**
     * The Firefox-saved PDF rewritten as other viewers save one ({@link ViewerVariants}): each
     * imports whole into the web form, and a flattened one, or one missing some fields, is
     * explained in the page (nothing changed; the missing fields named).
     */
    @Test
    void asOtherViewersSaveItTheImportHoldsEveryAnswerOrSaysWhy(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        List<Path> whole = List.of(ViewerVariants.withoutAppearances(saved, temp.resolve("no-ap.pdf")),
                ViewerVariants.carriageReturns(saved, temp.resolve("acrobat.pdf")),
                ViewerVariants.radioAsString(saved, temp.resolve("string.pdf"), AUDIT + ".safe-ethos-1.choice"),
                ViewerVariants.radioStateOnly(saved, temp.resolve("state.pdf"), AUDIT + ".safe-ethos-2.choice"));
        browser.openFresh(PAGE);
        browser.waitFor("[data-audit-pdf]:not([hidden])", Duration.ofSeconds(10));
        for (Path pdf : whole) {
            driver().executeScript("document.querySelector('[data-import-message]').textContent = ''");
            importPdf(pdf);
            assertEquals("", pdfMessage(), pdf.getFileName().toString());
            List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
            TYPED.forEach((name, text) -> {
                if (!name.startsWith("plan.")) {
                    checks.add(() -> assertEquals(text, field(AUDIT + "." + name).getDomProperty("value"), pdf.getFileName() + " " + name));
                }
            });
            CHOSEN.forEach((name, option) -> checks.add(() -> assertEquals("true",
                    field(AUDIT + "." + name + "." + option).getDomProperty("checked"), pdf.getFileName() + " " + name)));
            assertAll(checks);
        }

        browser.openFresh(PAGE);
        browser.waitFor("[data-audit-pdf]:not([hidden])", Duration.ofSeconds(10));
        setTyped(field(AUDIT + ".header.setting"), "Our own work");
        Path flat = ViewerVariants.flattened(saved, temp.resolve("flat.pdf"));
        importPdf(flat);
        assertTrue(pdfMessage().contains("no form fields left") && pdfMessage().contains("flattened"), pdfMessage());
        assertEquals("Our own work", field(AUDIT + ".header.setting").getDomProperty("value"), "nothing changed");
        driver().findElement(By.cssSelector("[data-compare-file]")).sendKeys(flat.toString());
        browser.waitFor("[data-compare-message]:not([hidden])", Duration.ofSeconds(30));
        String compared = driver().findElement(By.cssSelector("[data-compare-message]")).getText();
        assertTrue(compared.contains("no form fields left") && compared.contains("nothing is compared"), compared);

        String lost = AUDIT + ".safe-ethos-1.evidence";
        importPdf(ViewerVariants.partlyFlattened(saved, temp.resolve("part.pdf"), List.of(lost)));
        assertTrue(pdfMessage().startsWith("1 of this form’s answer boxes is missing from part.pdf") && pdfMessage().contains(lost), pdfMessage());
        assertEquals(TYPED.get("header.setting"), field(AUDIT + ".header.setting").getDomProperty("value"), "the rest imported");
    }

    /**
     * The gallery's progress review (a check box, a date part, a radio in a grid, at an
     * assessment point) filled in pdf.js's viewer from its blank form reads back as clicked and typed.
     */
    @Test
    void aCheckBoxADatePartAndAGridRadioReadBack() throws Exception {
        Path folder = Files.createDirectories(browser.work().resolve("gallery"));
        Path response = Files.writeString(folder.resolve("blank.yml"), "id: blank\naudit: " + SHAPES + "\nversion: 1\ntitle: blank\nanswers: {}\n");
        Path blank = folder.resolve(SHAPES + ".pdf");
        TestSites.CliRun made = TestSites.cli("fill", response.toString(), "-o", blank.toString(), "-p", GALLERY.toString());
        assertEquals(0, made.exitCode(), made.err());
        Map<String, String> given = new LinkedHashMap<>();
        given.put("header.school", "Ysgol Pen-y-Bryn");
        given.put("header.date@first", "2025-10-06");
        given.put("room.score@first", "2");
        given.put("staffing.priority", "yes");
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        given.forEach((field, value) -> entries.add(Map.entry(SHAPES + "." + field, value)));
        viewers.firefoxFill(blank, entries);
        Path filled = downloads.nextPdf();
        leaveForPeople(filled);
        JsonNode back = read(filled, GALLERY);
        assertAll(given.entrySet().stream().map(e -> () -> assertEquals(e.getValue(), answer(back, e.getKey()), e.getKey())));
        java.util.Set<String> owners = new java.util.TreeSet<>();
        back.path("answers").fieldNames().forEachRemaining(owners::add);
        assertEquals(java.util.Set.of("room", "staffing"), owners, "answers to the questions answered, and no others");
    }
}
