package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.toolkitpress.testing.DefaultSiteBrowserTest;
import org.toolkitpress.testing.TestSites;

/** The audit forms in a real browser: autosave, totals and errors, export/import, keyboard, versions. */
class AuditFormBrowserTest extends DefaultSiteBrowserTest {

    private static final String TI = "trauma-informed-schools-audit";
    private static final String TI_PAGE = "trauma-informed-schools/audit/";
    private static final String RA_PAGE = "relational-approaches/toolkit-1-audit/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Opens a page with nothing saved on this device. */
    private void fresh(String page) {
        browser.openFresh(page);
        waitFor("[data-audit-tools]:not([hidden])");
    }

    private void waitFor(String css) {
        browser.waitFor(css, Duration.ofSeconds(5));
    }

    private WebElement field(String name) {
        return driver.findElement(By.id(name));
    }

    private void type(String name, String text) {
        WebElement field = field(name);
        // WebDriver's clear() takes focus away (as leaving the item would), so only when needed.
        if (!field.getDomProperty("value").isEmpty()) {
            field.clear();
        }
        field.sendKeys(text);
    }

    /**
     * Gives a text answer as typing it leaves the box ({@link org.toolkitpress.testing.BrowserSession#setTyped}):
     * for tests about what becomes of answers (saved, exported, imported, printed). The tests about
     * typing itself (errors while in an item, keystrokes, the keyboard) type with {@link #type}.
     */
    private void give(String name, String text) {
        browser.setTyped(field(name), text);
    }

    private String value(String name) {
        return field(name).getDomProperty("value");
    }

    /** What "Export answers" writes, captured from the blob the page hands to the download. */
    private JsonNode exportAnswers() throws IOException {
        WebElement button = driver.findElement(By.cssSelector("[data-audit-tools] [data-action=export]"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        return exportFrom("[data-audit-tools] [data-action=export]");
    }

    private void importFile(Path file) {
        driver.findElement(By.cssSelector("[data-import-file]")).sendKeys(file.toString());
        waitFor("[data-import-message]:not([hidden])");
    }

    @Test
    void answersComeBackAfterAReload() {
        fresh(TI_PAGE);
        give(TI + ".header.setting", "Hill Top Primary");
        type(TI + ".q1.pre-trauma-aware", "70");
        type(TI + ".q1.trauma-aware", "30");
        give(TI + ".q1.evidence", "Two staff trained.");
        assertEquals("100", driver.findElement(By.cssSelector("[id='" + TI + ".q1'] [data-total]")).getText());

        driver.navigate().refresh();
        waitFor("[data-audit-tools]:not([hidden])");
        assertEquals("Hill Top Primary", value(TI + ".header.setting"));
        assertEquals("70", value(TI + ".q1.pre-trauma-aware"));
        assertEquals("30", value(TI + ".q1.trauma-aware"));
        assertEquals("Two staff trained.", value(TI + ".q1.evidence"));
        assertEquals("", value(TI + ".q2.pre-trauma-aware"));
        String saved = (String) driver.executeScript("return localStorage.getItem(arguments[0])", "toolkit-press:" + TI + ":v1");
        assertTrue(saved.contains("\"pre-trauma-aware\":70"), saved);
        // The totals row and the summary follow the answers.
        assertEquals("70%", driver.findElement(By.cssSelector(
                "[data-section=individuals-knowledge] [data-totals] [data-stage-total=pre-trauma-aware]")).getText());
        assertEquals("Pre-Trauma Aware (placed from 1 answer only)", driver.findElement(By.cssSelector(
                "[data-summary] tr[data-summary-section=individuals-knowledge] [data-placement]")).getText());
    }

    @Test
    void aTotalThatIsNot100IsSummarisedAndLinksToTheField() {
        fresh(TI_PAGE);
        type(TI + ".q3.pre-trauma-aware", "60");
        // On to the third box by keyboard, as a user would: still inside the item.
        driver.switchTo().activeElement().sendKeys(Keys.TAB, Keys.TAB);
        driver.switchTo().activeElement().sendKeys("30");
        assertEquals("30", value(TI + ".q3.trauma-sensitive"));
        WebElement inline = field(TI + ".q3.error");
        assertFalse(inline.isDisplayed(), "no error while the user is still typing in the item");
        field(TI + ".q4.pre-trauma-aware").click();
        assertTrue(inline.isDisplayed(), "the item's error shows once the user leaves it");
        assertEquals("Error: The percentages for question 3 add up to 90%. They must add up to 100%.", inline.getText()
                .replace("\n", " "));

        check();
        WebElement summary = driver.findElement(By.cssSelector("[data-error-summary]"));
        assertTrue(summary.isDisplayed());
        assertEquals(summary, driver.switchTo().activeElement());
        WebElement link = summary.findElement(By.cssSelector("a"));
        assertEquals("The percentages for question 3 add up to 90%. They must add up to 100%", link.getText());
        assertEquals("#" + TI + ".q3.pre-trauma-aware", link.getDomAttribute("href"));
        link.click();
        assertEquals(TI + ".q3.pre-trauma-aware", driver.switchTo().activeElement().getDomAttribute("id"));
        assertEquals("true", field(TI + ".q3.pre-trauma-aware").getDomAttribute("aria-invalid"));

        type(TI + ".q3.trauma-sensitive", "40");
        assertFalse(summary.getText().contains("add up to 90%"), "the problem leaves the summary once fixed");
        assertFalse(inline.isDisplayed());
    }

    private void check() {
        press("check");
    }

    /** Presses one of the tools (the first of its kind in the tools box), brought to the middle of the view. */
    private void press(String action) {
        WebElement button = driver.findElement(By.cssSelector("[data-audit-tools] [data-action=" + action + "]"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void typingIntoOneBoxOfFiveShowsNoErrorUntilTheItemIsLeft() {
        fresh(TI_PAGE);
        type(TI + ".q1.pre-trauma-aware", "80");
        field(TI + ".q1.trauma-aware").click();
        assertFalse(field(TI + ".q1.error").isDisplayed(), "moving between the boxes of one item is still typing in it");
        assertNull(field(TI + ".q1.pre-trauma-aware").getDomAttribute("aria-invalid"));
        type(TI + ".q1.trauma-aware", "20");
        field(TI + ".q2.pre-trauma-aware").click();
        assertFalse(field(TI + ".q1.error").isDisplayed(), "80 + 20 is complete");
    }

    /**
     * Each keystroke recounts the whole form; what it does not change must stay untouched, since
     * a rewrite of the same text or attribute makes the browser restyle and lay out the page
     * again (on this audit most of a keystroke's cost) and a live region speak again.
     */
    @Test
    void aKeystrokeRewritesOnlyWhatItChanges() {
        fresh(TI_PAGE);
        type(TI + ".q1.evidence", "Two staff");
        type(TI + ".q2.pre-trauma-aware", "4");
        driver.executeScript("window.__changed = [];"
                + "window.__watch = new MutationObserver(function (records) { window.__changed.push.apply(window.__changed, records); });"
                + "window.__watch.observe(document, {subtree: true, childList: true, characterData: true, attributes: true});");
        field(TI + ".q1.evidence").sendKeys(" trained");
        field(TI + ".q2.pre-trauma-aware").sendKeys("0");
        @SuppressWarnings("unchecked")
        List<String> changed = (List<String>) driver.executeScript(
                "var out = []; window.__changed.concat(window.__watch.takeRecords()).forEach(function (r) {"
                + "  var el = r.target.nodeType === 1 ? r.target : r.target.parentElement;"
                + "  if (el.closest('[data-save-status]')) { return; }"
                + "  var named = el.closest('[id]');"
                + "  out.push((named ? '#' + named.id + ' ' : '') + el.tagName.toLowerCase() + ' ' + r.type + (r.attributeName ? ' ' + r.attributeName : ''));"
                + "}); window.__watch.disconnect(); return out;");
        assertEquals("40", driver.findElement(By.cssSelector("[id='" + TI + ".q2'] [data-total]")).getText(),
                "the keystroke still updates what it changes");
        // Question 2 is still incomplete (40 of 100), so no figure, count or progress changes:
        // only its own total does, and the evidence typed into question 1 changes nothing at all.
        assertFalse(changed.isEmpty(), "the total of question 2 was rewritten");
        assertEquals(List.of(), changed.stream().filter(c -> !c.startsWith("#" + TI + ".q2")).limit(12).toList(),
                "nothing but question 2's total is written again (the first 12 other writes)");
    }

    @Test
    void progressCountsOnlyCompleteQuestionsAndIsAnnouncedPolitely() {
        fresh(TI_PAGE);
        int all = driver.findElements(By.cssSelector("form[data-audit] .audit-item")).size();
        int inSection = driver.findElements(By.cssSelector("[data-section=individuals-knowledge] .audit-item")).size();
        assertEquals("0 of " + all + " questions answered.", text("[data-audit-tools] [data-progress]"));
        type(TI + ".q1.pre-trauma-aware", "80");
        assertEquals("0 of " + all + " questions answered.", text("[data-audit-tools] [data-progress]"),
                "a distribution counts only when it totals 100");
        type(TI + ".q1.trauma-aware", "20");
        type(TI + ".q2.trauma-informed", "100");
        assertEquals("2 of " + all + " questions answered.", text("[data-audit-tools] [data-progress]"));
        assertEquals("2 of " + inSection + " questions answered in this section.",
                text("[data-section=individuals-knowledge] [data-section-progress]"));
        assertEquals("2 of " + all + " questions answered.", text("[data-audit-bar] [data-progress-copy]"));
        WebElement announce = driver.findElement(By.cssSelector("[data-progress-announce]"));
        assertEquals("polite", announce.getDomAttribute("aria-live"));
        // Announced once the user pauses (1.5 s after the last change): waited for, not slept on.
        String announced = "2 of " + all + " questions answered.";
        // The page looks every 20 ms (one WebDriver command), not a read from here every 50 ms.
        browser.waitUntil("args[0].textContent === args[1]", Duration.ofSeconds(5), announce, announced);
        assertEquals(announced, announce.getDomProperty("textContent"), "announced once the user pauses");
        // The section's figures rest on the complete answers only, and say so.
        type(TI + ".q3.trauma-aware", "50");
        assertEquals("2 of " + inSection, text("[data-summary] tr[data-summary-section=individuals-knowledge] [data-based-on]"));
        assertEquals("40%", text("[data-section=individuals-knowledge] [data-totals] [data-stage-total=pre-trauma-aware]"),
                "(80 + 0) / 2: the half-answered question 3 is left out");
    }

    /**
     * "Check my answers" pressed at the form's end with every question answered says so where a
     * problem would be said, in view and focused: it said it only in the tools' status line, tens
     * of thousands of pixels up at 320 px, so the button seemed to do nothing. The words go as
     * soon as they stop being true.
     */
    @Test
    void checkWithEveryQuestionAnsweredSaysSoInViewAndFocused() {
        driver.manage().window().setSize(new Dimension(320, 900));
        try {
            fresh(TI_PAGE);
            // Every question at 100% "trauma aware", as typing it would leave each box.
            driver.executeScript("document.querySelectorAll('form[data-audit] .audit-item[data-type=distribution]').forEach(function (item) {"
                    + " var box = item.querySelector('input[data-stage=trauma-aware]'); box.value = '100';"
                    + " box.dispatchEvent(new Event('input', {bubbles: true})); });");
            WebElement endCheck = driver.findElement(By.cssSelector("[data-audit-end] [data-action=check]"));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", endCheck);
            endCheck.click();
            WebElement passed = driver.findElement(By.cssSelector("[data-check-passed]"));
            assertTrue(passed.isDisplayed());
            assertEquals("Every question is answered and there are no problems with your answers.", passed.getText());
            assertEquals(passed, driver.switchTo().activeElement());
            assertEquals(Boolean.TRUE, driver.executeScript("var r = arguments[0].getBoundingClientRect();"
                    + " return r.top > -1 && r.bottom <= window.innerHeight;", passed), "in view (to the subpixel) where the check was made");
            assertFalse(driver.findElement(By.cssSelector("[data-error-summary]")).isDisplayed());

            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", field(TI + ".q3.trauma-aware"));
            field(TI + ".q3.trauma-aware").clear();
            assertFalse(passed.isDisplayed(), "no longer true once a question is unanswered");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void checkListsEveryUnansweredQuestion() {
        fresh(TI_PAGE);
        int all = driver.findElements(By.cssSelector("form[data-audit] .audit-item")).size();
        type(TI + ".q1.trauma-aware", "100");
        check();
        List<WebElement> links = driver.findElements(By.cssSelector("[data-error-summary] a"));
        assertEquals(all - 1, links.size(), "every question but the answered one");
        assertEquals("Answer question 2", links.get(0).getText());
        assertEquals("#" + TI + ".q2.pre-trauma-aware", links.get(0).getDomAttribute("href"));
        assertFalse(driver.findElement(By.cssSelector("[data-save-status]")).getText().contains("no problems"));
    }

    @Test
    void resultsSayWhereEachSectionIsPlacedAndWhy() {
        fresh(TI_PAGE);
        type(TI + ".q1.pre-trauma-aware", "30");
        type(TI + ".q1.trauma-aware", "27");
        type(TI + ".q1.trauma-sensitive", "40");
        type(TI + ".q1.trauma-responsive", "3");
        type(TI + ".q1.trauma-informed", "0");
        assertEquals("Trauma Sensitive (placed from 1 answer only)",
                text("[data-summary] tr[data-summary-section=individuals-knowledge] [data-placement]"));
        assertTrue(text("[data-summary] .placement-rule").contains("at the stage where the largest share of its percentages falls"));
        assertTrue(text("[data-audit-tools] .section-links").contains("Results"));
    }

    @Test
    void theExportIsNamedFromTheSchoolTheAuditAndTheDate() {
        fresh(TI_PAGE);
        give(TI + ".header.setting", "Lovely Primary");
        driver.executeScript("window.__downloads = []; var click = HTMLAnchorElement.prototype.click;"
                + "HTMLAnchorElement.prototype.click = function () { window.__downloads.push(this.download); };");
        press("export");
        Object name = driver.executeScript("return window.__downloads[0]");
        Object today = driver.executeScript("var d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0')"
                + " + '-' + String(d.getDate()).padStart(2, '0')");
        assertEquals("lovely-primary_" + TI + "_" + today + ".json", name);
    }

    @Test
    void importOverExistingAnswersSaysWhatTheFileHoldsAndAsks() throws IOException {
        fresh(TI_PAGE);
        type(TI + ".q2.trauma-aware", "100");
        Path file = browser.work().resolve("colleague.json");
        Files.writeString(file, "{\"audit\": \"" + TI + "\", \"version\": 1, \"saved\": \"2026-03-14T09:00:00Z\","
                + " \"header\": {\"setting\": \"<b>Lovely</b> Primary\"},"
                + " \"answers\": {\"q1\": {\"trauma-aware\": 100}, \"q3\": {\"trauma-aware\": 50}}}");
        driver.findElement(By.cssSelector("[data-import-file]")).sendKeys(file.toString());
        waitFor("[data-confirm-import]:not([hidden])");
        WebElement panel = driver.findElement(By.cssSelector("[data-confirm-import]"));
        assertEquals(panel, driver.switchTo().activeElement());
        String facts = text("[data-import-facts]");
        assertTrue(facts.contains("<b>Lovely</b> Primary"), "the school's name as text, never as markup: " + facts);
        // The day written as the restore message writes it, not the file's ISO day.
        assertTrue(facts.contains("Saved\n14 March 2026") || facts.contains("Saved 14 March 2026"), facts);
        assertFalse(facts.contains("2026-03-14"), facts);
        assertTrue(facts.contains("1 of "), "only q1 is complete: " + facts);
        assertTrue(facts.contains("1 (this version)"), facts);
        assertEquals("100", value(TI + ".q2.trauma-aware"), "nothing changes until the user says yes");
        // From the top: axe's target-size rule counts a button scrolled under the sticky bar as
        // small, which says where focus scrolled the page, not what the buttons are.
        driver.executeScript("window.scrollTo(0, 0)");
        List<String> violations = browser.axeViolations();
        assertTrue(violations.isEmpty(), String.join("\n", violations));

        press("import-cancel");
        assertFalse(panel.isDisplayed());
        assertEquals("100", value(TI + ".q2.trauma-aware"));

        driver.findElement(By.cssSelector("[data-import-file]")).sendKeys(file.toString());
        waitFor("[data-confirm-import]:not([hidden])");
        press("import-confirm");
        assertEquals("", value(TI + ".q2.trauma-aware"));
        assertEquals("100", value(TI + ".q1.trauma-aware"));
        assertEquals("<b>Lovely</b> Primary", value(TI + ".header.setting"));

        Path newer = browser.work().resolve("newer.json");
        Files.writeString(newer, "{\"audit\": \"" + TI + "\", \"version\": 7, \"answers\": {\"q5\": {\"trauma-aware\": 100}}}");
        importFile(newer);
        assertTrue(text("[data-import-message]").startsWith("This file was made with a newer version of this audit (version 7)"));
        assertEquals("", value(TI + ".q5.trauma-aware"), "a newer file is never half-applied");
    }

    @Test
    void everyStateOfTheFormHasNoAxeViolations() {
        fresh(TI_PAGE);
        type(TI + ".q1.pre-trauma-aware", "60");
        field(TI + ".q2.pre-trauma-aware").click();
        type(TI + ".q2.trauma-informed", "100");
        check();
        assertTrue(driver.findElement(By.cssSelector("[data-error-summary]")).isDisplayed());
        List<String> violations = browser.axeViolations();
        assertTrue(violations.isEmpty(), "with errors and results shown: " + String.join("\n", violations));
    }

    /** The tools' list of sections at 320 px: a section's count, "(0 of 6)", is never split over two lines. */
    @Test
    void eachSectionsCountInTheToolsStaysOnOneLineAt320() {
        Object split = at320("return Array.prototype.filter.call("
                + "document.querySelectorAll('[data-audit-tools] .section-links-progress'),"
                + " function (e) { return e.textContent.trim() !== '' && e.getClientRects().length !== 1; })"
                + ".map(function (e) { return e.textContent; })");
        assertEquals(List.of(), split, "counts split over two lines at 320 px");
    }

    /** What {@code script} returns on the trauma-informed audit loaded afresh 320 px wide; the window is put back after. */
    private Object at320(String script) {
        driver.manage().window().setSize(new Dimension(320, 900));
        try {
            fresh(TI_PAGE);
            return driver.executeScript(script);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void theFilledExampleFitsAt320And1280() {
        for (int width : new int[] {320, 1280}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            browser.open("trauma-informed-schools/audit-example/");
            Object fits = driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
            assertEquals(Boolean.TRUE, fits, "no sideways scrolling at " + width + " px");
            Object clipped = driver.executeScript("return Array.prototype.filter.call(document.querySelectorAll('.response .response-evidence'),"
                    + " function (e) { return e.getBoundingClientRect().right > document.documentElement.clientWidth; }).length");
            assertEquals(0L, clipped, "no evidence cut off at " + width + " px");
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void exportThenImportGivesIdenticalAnswers() throws IOException {
        fresh(TI_PAGE);
        give(TI + ".header.setting", "Hill Top Primary");
        give(TI + ".header.date", "May 2026");
        type(TI + ".q1.pre-trauma-aware", "50");
        type(TI + ".q1.trauma-informed", "50");
        give(TI + ".q5.evidence", "Ms X has done an MA.");
        give(TI + ".closing.reflection", "Train everyone first.");
        JsonNode exported = exportAnswers();
        assertEquals(TI, exported.get("audit").asText());
        assertEquals(1, exported.get("version").asInt());
        assertEquals(50, exported.at("/answers/q1/pre-trauma-aware").asInt());
        assertTrue(exported.at("/answers/q1/pre-trauma-aware").isNumber());
        assertEquals("Ms X has done an MA.", exported.at("/answers/q5/evidence").asText());
        assertEquals("Train everyone first.", exported.at("/closing/reflection").asText());

        press("clear");
        press("clear-confirm");
        assertEquals("", value(TI + ".q1.pre-trauma-aware"));

        Path file = browser.work().resolve("answers.json");
        Files.writeString(file, exported.toPrettyString());
        importFile(file);
        assertEquals("50", value(TI + ".q1.pre-trauma-aware"));
        // The same answers; when they were saved is now, on this device, after the import.
        JsonNode again = exportAnswers();
        ((ObjectNode) exported).remove("saved");
        ((ObjectNode) again).remove("saved");
        assertEquals(exported, again);
    }

    /**
     * An export says when its answers were last saved, and the question an import over other
     * answers asks shows that day: a school with two files, or a file and the answers on this
     * device, can tell which is newer. (Exports carried no date, so the question said "Saved: Not
     * recorded" for every file the form itself wrote.)
     */
    @Test
    void anExportSaysWhenItsAnswersWereSavedAndTheImportQuestionShowsIt() throws IOException {
        fresh(TI_PAGE);
        Instant before = Instant.now().minusSeconds(60);
        give(TI + ".q5.evidence", "Ours from last term.");
        JsonNode exported = exportAnswers();
        Instant saved = Instant.parse(exported.path("saved").asText());
        assertTrue(!saved.isBefore(before) && !saved.isAfter(Instant.now().plusSeconds(60)), "saved " + saved);
        // The browser runs on this machine, so its day of the saving is this zone's.
        String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                .format(saved.atZone(ZoneId.systemDefault()));

        give(TI + ".q2.evidence", "Newer words.");
        Path file = browser.work().resolve("last-term.json");
        Files.writeString(file, exported.toPrettyString());
        driver.findElement(By.cssSelector("[data-import-file]")).sendKeys(file.toString());
        waitFor("[data-confirm-import]:not([hidden])");
        String facts = text("[data-import-facts]");
        assertTrue(facts.contains(day), facts);
        assertFalse(facts.contains("Not recorded"), facts);
        assertEquals("Newer words.", value(TI + ".q2.evidence"), "nothing changes until the user says yes");

        TestSites.CliRun fill = TestSites.cli("fill", file.toString(), "-o", browser.work().resolve("last-term.pdf").toString(),
                "-p", TestSites.projectRoot().toString());
        assertEquals(0, fill.exitCode(), "toolkit fill takes the export as it is: " + fill.err());
    }

    /**
     * Each file chosen is answered on its own: focus goes to what became of it (the message sits
     * below the tools, off a phone's screen), and nothing an earlier file left is still shown
     * with it — neither its message nor its question waiting for a yes, which would then
     * import the earlier file.
     */
    @Test
    void eachImportSaysWhatBecameOfThatFileAndMovesFocusThere() throws IOException {
        fresh(TI_PAGE);
        Path colleague = browser.work().resolve("colleague-answers.json");
        Files.writeString(colleague, "{\"audit\": \"" + TI + "\", \"version\": 1, \"answers\": {\"q1\": {\"trauma-aware\": 100}}}");
        importFile(colleague);
        WebElement message = driver.findElement(By.cssSelector("[data-import-message]"));
        assertTrue(message.getText().contains("colleague-answers.json"), message.getText());
        assertEquals(message, driver.switchTo().activeElement(), "an import into an empty form ends on its message");

        Path newer = browser.work().resolve("newer.json");
        Files.writeString(newer, "{\"audit\": \"" + TI + "\", \"version\": 7, \"answers\": {}}");
        importFile(newer);
        assertTrue(message.getText().contains("newer version"), message.getText());
        assertEquals(message, driver.switchTo().activeElement(), "a refused file ends on the reason");

        driver.findElement(By.cssSelector("[data-import-file]")).sendKeys(colleague.toString());
        waitFor("[data-confirm-import]:not([hidden])");
        assertFalse(message.isDisplayed(), "the refusal of the earlier file is gone while this one is asked about: " + message.getText());

        Path damaged = browser.work().resolve("damaged.json");
        Files.writeString(damaged, "{\"audit\": ");
        importFile(damaged);
        assertFalse(driver.findElement(By.cssSelector("[data-confirm-import]")).isDisplayed(),
                "the question about the earlier file is gone: a yes now would import a file no longer chosen");
        assertTrue(message.getText().startsWith("This file could not be read"), message.getText());
        assertEquals(message, driver.switchTo().activeElement());
        assertEquals("100", value(TI + ".q1.trauma-aware"));
    }

    /**
     * Both questions that would replace the answers (an import over them, clearing them) offer
     * to export them first, from the question itself: the warning says to export first, and
     * the way to do it is not several screens up at 320 px, nor behind a "no" and a second try.
     * The export holds the answers as they are, and the question stays open for its answer.
     */
    @Test
    void theQuestionsThatReplaceAnswersOfferToExportThemFirst() throws IOException {
        fresh(TI_PAGE);
        give(TI + ".q2.evidence", "Ours, kept.");
        Path file = browser.work().resolve("theirs.json");
        Files.writeString(file, "{\"audit\": \"" + TI + "\", \"version\": 1, \"answers\": {\"q2\": {\"evidence\": \"Theirs\"}}}");
        driver.findElement(By.cssSelector("[data-import-file]")).sendKeys(file.toString());
        waitFor("[data-confirm-import]:not([hidden])");
        JsonNode exported = exportFrom("[data-confirm-import] [data-action=export]");
        assertEquals("Ours, kept.", exported.path("answers").path("q2").path("evidence").asText());
        assertTrue(driver.findElement(By.cssSelector("[data-confirm-import]")).isDisplayed(), "the question waits for its answer");
        driver.findElement(By.cssSelector("[data-action=import-confirm]")).click();
        assertEquals("Theirs", value(TI + ".q2.evidence"));

        press("clear");
        exported = exportFrom("[data-confirm-clear] [data-action=export]");
        assertEquals("Theirs", exported.path("answers").path("q2").path("evidence").asText());
        assertTrue(driver.findElement(By.cssSelector("[data-confirm-clear]")).isDisplayed());
        assertEquals("Theirs", value(TI + ".q2.evidence"));
    }

    /** What the given export button writes, captured as {@link #exportAnswers} does. */
    private JsonNode exportFrom(String button) throws IOException {
        driver.executeScript("window.__exported = null; var make = URL.createObjectURL;"
                + "URL.createObjectURL = function (blob) { window.__exported = blob; return make.call(URL, blob); };");
        driver.findElement(By.cssSelector(button)).click();
        Object text = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "window.__exported.text().then(done);");
        return JSON.readTree((String) text);
    }

    @Test
    void aDamagedOrWrongFileIsRefusedAndNothingIsLost() throws IOException {
        fresh(TI_PAGE);
        type(TI + ".q2.trauma-aware", "100");
        give(TI + ".q2.evidence", "Keep me.");
        Path damaged = browser.work().resolve("damaged.json");
        Files.writeString(damaged, "{\"audit\": \"" + TI + "\", \"answers\": {\"q2\": ");
        importFile(damaged);
        WebElement message = driver.findElement(By.cssSelector("[data-import-message]"));
        assertTrue(message.getText().startsWith("This file could not be read as answers to this audit, so nothing was changed."),
                message.getText());
        assertEquals("100", value(TI + ".q2.trauma-aware"));
        assertEquals("Keep me.", value(TI + ".q2.evidence"));

        Path other = browser.work().resolve("other.json");
        Files.writeString(other, "{\"audit\": \"relational-approaches-audit\", \"version\": 1, \"answers\": {}}");
        importFile(other);
        assertEquals("This file holds answers to a different form (“relational-approaches-audit”), so nothing was changed.",
                driver.findElement(By.cssSelector("[data-import-message]")).getText());
        driver.navigate().refresh();
        waitFor("[data-audit-tools]:not([hidden])");
        assertEquals("100", value(TI + ".q2.trauma-aware"));
        assertEquals("Keep me.", value(TI + ".q2.evidence"));
    }

    @Test
    void anImportedFileFromAnotherVersionKeepsWhatFitsAndListsTheRest() throws IOException {
        fresh(TI_PAGE);
        Path old = browser.work().resolve("old-version.json");
        Files.writeString(old, "{\"audit\": \"" + TI + "\", \"version\": 0, \"header\": {\"setting\": \"Imported School\"},"
                + " \"answers\": {\"q7\": {\"trauma-aware\": 100, \"evidence\": \"Still fits\"},"
                + " \"q30\": {\"evidence\": \"Gone since\"}}, \"closing\": {\"next-steps\": \"Old closing field\"}}");
        importFile(old);
        assertEquals("Imported School", value(TI + ".header.setting"));
        assertEquals("100", value(TI + ".q7.trauma-aware"));
        assertEquals("Still fits", value(TI + ".q7.evidence"));
        String listed = driver.findElement(By.cssSelector("[data-unfitted-list]")).getText();
        assertTrue(listed.contains("q30 evidence: Gone since"), listed);
        assertTrue(listed.contains("closing next-steps: Old closing field"), listed);
        assertTrue(driver.findElement(By.cssSelector("[data-import-message]")).getText()
                .contains("Some answers no longer fit this version of the audit"));
    }

    @Test
    void anItemCanBeCompletedByKeyboardAlone() {
        fresh(RA_PAGE);
        String audit = "relational-approaches-audit";
        driver.executeScript("document.getElementById(arguments[0]).focus()", audit + ".header.date");
        WebElement active = driver.switchTo().activeElement();
        active.sendKeys(Keys.TAB);
        active = driver.switchTo().activeElement();
        assertEquals(audit + ".safe-ethos-1.choice.red", active.getDomAttribute("id"));
        active.sendKeys(Keys.ARROW_DOWN);
        active = driver.switchTo().activeElement();
        assertEquals(audit + ".safe-ethos-1.choice.amber", active.getDomAttribute("id"));
        active.sendKeys(Keys.TAB);
        active = driver.switchTo().activeElement();
        assertEquals(audit + ".safe-ethos-1.evidence", active.getDomAttribute("id"));
        active.sendKeys("Typed without a mouse.");

        assertTrue(field(audit + ".safe-ethos-1.choice.amber").isSelected());
        assertEquals("Typed without a mouse.", value(audit + ".safe-ethos-1.evidence"));
        assertEquals("1", driver.findElement(By.cssSelector(
                "[data-section=feeling-safe] [data-counts] [data-option-count=amber] .count")).getText());
        driver.navigate().refresh();
        waitFor("[data-audit-tools]:not([hidden])");
        assertTrue(field(audit + ".safe-ethos-1.choice.amber").isSelected());
    }

    @Test
    void printingShowsTheAnswersWithoutTheTools() {
        fresh(TI_PAGE);
        give(TI + ".header.setting", "Printed Primary School");
        give(TI + ".q1.evidence", "Printed evidence");
        String printed = browser.printedText();
        assertTrue(printed.contains("Printed Primary School"), printed);
        assertTrue(printed.contains("Printed evidence"));
        assertTrue(printed.contains("Do staff have up to date knowledge of how children"));
        assertFalse(printed.contains("Your answers stay on this device"), "the tools are not printed");
        assertFalse(printed.contains("Export answers"));
        String[] pages = printed.split("\f");
        assertTrue(pages.length > 3, "the audit prints on several pages");
        for (int i = 0; i < pages.length; i++) {
            if (!pages[i].isBlank()) {
                assertTrue(pages[i].contains("Printed Primary School"), "the school is named on page " + (i + 1));
            }
        }
        assertFalse(printed.contains("Toolkit sections"), "none of the site's navigation");
    }

    @Test
    void clearAllAsksFirst() {
        fresh(TI_PAGE);
        type(TI + ".q4.trauma-aware", "100");
        press("clear");
        WebElement confirm = driver.findElement(By.cssSelector("[data-confirm-clear]"));
        assertTrue(confirm.isDisplayed());
        assertEquals(confirm, driver.switchTo().activeElement());
        assertEquals("100", value(TI + ".q4.trauma-aware"));
        press("clear-cancel");
        assertFalse(confirm.isDisplayed());
        assertEquals("100", value(TI + ".q4.trauma-aware"));

        press("clear");
        press("clear-confirm");
        assertEquals("", value(TI + ".q4.trauma-aware"));
        assertNull(driver.executeScript("return localStorage.getItem(arguments[0])", "toolkit-press:" + TI + ":v1"));
    }

    /**
     * Back days later, or at a shared computer: the restored answers say the day they were last
     * saved, so it is clear how old, and perhaps whose, they are.
     */
    @Test
    void restoredAnswersSayTheDayTheyWereLastSaved() {
        browser.openWithStored(TI_PAGE, Map.of("toolkit-press:" + TI + ":v1",
                "{\"audit\":\"" + TI + "\",\"version\":1,\"saved\":\"2026-11-28T11:00:00Z\","
                        + "\"answers\":{\"q1\":{\"trauma-aware\":100}}}"));
        waitFor("[data-audit-tools]:not([hidden])");
        assertEquals("100", value(TI + ".q1.trauma-aware"));
        assertEquals("Your answers last saved on this device on 28 November 2026 have been restored.", text("[data-save-status]"));
    }

    @Test
    void answersSavedForAnotherVersionAreKeptOrShownNeverDropped() {
        browser.openWithStored(TI_PAGE, Map.of("toolkit-press:" + TI + ":v0",
                "{\"audit\":\"" + TI + "\",\"version\":0,\"saved\":\"2025-01-01T00:00:00Z\","
                        + "\"header\":{\"setting\":\"Old School\"},"
                        + "\"answers\":{\"q1\":{\"pre-trauma-aware\":100},\"q99\":{\"evidence\":\"A removed question\"},"
                        + "\"q2\":{\"trauma-aware\":\"lots\"}}}"));
        waitFor("[data-unfitted]:not([hidden])");
        assertEquals("Old School", value(TI + ".header.setting"));
        assertEquals("100", value(TI + ".q1.pre-trauma-aware"));
        assertEquals("", value(TI + ".q2.trauma-aware"));
        String listed = driver.findElement(By.cssSelector("[data-unfitted-list]")).getText();
        assertTrue(listed.contains("q99 evidence: A removed question"), listed);
        assertTrue(listed.contains("q2 trauma-aware: lots"), listed);
        assertNull(driver.executeScript("return localStorage.getItem(arguments[0])", "toolkit-press:" + TI + ":v0"));

        driver.navigate().refresh();
        waitFor("[data-unfitted]:not([hidden])");
        assertTrue(driver.findElement(By.cssSelector("[data-unfitted-list]")).getText().contains("A removed question"),
                "answers that do not fit stay listed until the user removes them");
        press("unfitted-dismiss");
        driver.navigate().refresh();
        waitFor("[data-audit-tools]:not([hidden])");
        assertFalse(driver.findElement(By.cssSelector("[data-unfitted]")).isDisplayed());
        assertNotNull(driver.executeScript("return localStorage.getItem(arguments[0])", "toolkit-press:" + TI + ":v1"));
    }
}
