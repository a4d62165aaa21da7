package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/** The audit forms in a real browser: autosave, totals and errors, export/import, keyboard, versions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditFormBrowserTest {

    private static final String TI = "trauma-informed-schools-audit";
    private static final String TI_PAGE = "trauma-informed-schools/audit/";
    private static final String RA_PAGE = "relational-approaches/toolkit-1-audit/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private BrowserSession browser;
    private ChromeDriver driver;

    @BeforeAll
    void start() {
        browser = BrowserSession.start(TestSites.projectRoot());
        driver = browser.driver();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Opens a page with nothing saved on this device. */
    private void fresh(String page) {
        browser.open(page);
        driver.executeScript("localStorage.clear()");
        driver.navigate().refresh();
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
        field.clear();
        field.sendKeys(text);
    }

    private String value(String name) {
        return field(name).getDomProperty("value");
    }

    /** What "Export answers" writes, captured from the blob the page hands to the download. */
    private JsonNode exportAnswers() throws IOException {
        driver.executeScript("window.__exported = null; var make = URL.createObjectURL;"
                + "URL.createObjectURL = function (blob) { window.__exported = blob; return make.call(URL, blob); };");
        driver.findElement(By.cssSelector("[data-action=export]")).click();
        Object text = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "window.__exported.text().then(done);");
        return JSON.readTree((String) text);
    }

    private void importFile(Path file) {
        driver.findElement(By.cssSelector("[data-import-file]")).sendKeys(file.toString());
        waitFor("[data-import-message]:not([hidden])");
    }

    @Test
    void answersComeBackAfterAReload() {
        fresh(TI_PAGE);
        type(TI + ".header.setting", "Hill Top Primary");
        type(TI + ".q1.pre-trauma-aware", "70");
        type(TI + ".q1.trauma-aware", "30");
        type(TI + ".q1.evidence", "Two staff trained.");
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
        assertEquals("Pre-Trauma Aware", driver.findElement(By.cssSelector(
                "[data-summary] tr[data-summary-section=individuals-knowledge] [data-placement]")).getText());
    }

    @Test
    void aTotalThatIsNot100IsSummarisedAndLinksToTheField() {
        fresh(TI_PAGE);
        type(TI + ".q3.pre-trauma-aware", "60");
        type(TI + ".q3.trauma-sensitive", "30");
        WebElement inline = field(TI + ".q3.error");
        assertTrue(inline.isDisplayed());
        assertEquals("Error: The percentages for question 3 add up to 90%. They must add up to 100%.", inline.getText()
                .replace("\n", " "));

        driver.findElement(By.cssSelector("[data-action=check]")).click();
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
        assertFalse(summary.isDisplayed(), "the summary goes once the problem is fixed");
        assertFalse(inline.isDisplayed());
    }

    @Test
    void exportThenImportGivesIdenticalAnswers() throws IOException {
        fresh(TI_PAGE);
        type(TI + ".header.setting", "Hill Top Primary");
        type(TI + ".header.date", "May 2026");
        type(TI + ".q1.pre-trauma-aware", "50");
        type(TI + ".q1.trauma-informed", "50");
        type(TI + ".q5.evidence", "Ms X has done an MA.");
        type(TI + ".closing.reflection", "Train everyone first.");
        JsonNode exported = exportAnswers();
        assertEquals(TI, exported.get("audit").asText());
        assertEquals(1, exported.get("version").asInt());
        assertEquals(50, exported.at("/answers/q1/pre-trauma-aware").asInt());
        assertTrue(exported.at("/answers/q1/pre-trauma-aware").isNumber());
        assertEquals("Ms X has done an MA.", exported.at("/answers/q5/evidence").asText());
        assertEquals("Train everyone first.", exported.at("/closing/reflection").asText());

        driver.findElement(By.cssSelector("[data-action=clear]")).click();
        driver.findElement(By.cssSelector("[data-action=clear-confirm]")).click();
        assertEquals("", value(TI + ".q1.pre-trauma-aware"));

        Path file = browser.work().resolve("answers.json");
        Files.writeString(file, exported.toPrettyString());
        importFile(file);
        assertEquals("50", value(TI + ".q1.pre-trauma-aware"));
        assertEquals(exported, exportAnswers());
    }

    @Test
    void aDamagedOrWrongFileIsRefusedAndNothingIsLost() throws IOException {
        fresh(TI_PAGE);
        type(TI + ".q2.trauma-aware", "100");
        type(TI + ".q2.evidence", "Keep me.");
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
        type(TI + ".header.setting", "Printed Primary School");
        type(TI + ".q1.evidence", "Printed evidence");
        String printed = browser.printedText();
        assertTrue(printed.contains("Printed Primary School"), printed);
        assertTrue(printed.contains("Printed evidence"));
        assertTrue(printed.contains("Do staff have up to date knowledge of how children"));
        assertFalse(printed.contains("Your answers stay on this device"), "the tools are not printed");
        assertFalse(printed.contains("Export answers"));
    }

    @Test
    void clearAllAsksFirst() {
        fresh(TI_PAGE);
        type(TI + ".q4.trauma-aware", "100");
        driver.findElement(By.cssSelector("[data-action=clear]")).click();
        WebElement confirm = driver.findElement(By.cssSelector("[data-confirm-clear]"));
        assertTrue(confirm.isDisplayed());
        assertEquals(confirm, driver.switchTo().activeElement());
        assertEquals("100", value(TI + ".q4.trauma-aware"));
        driver.findElement(By.cssSelector("[data-action=clear-cancel]")).click();
        assertFalse(confirm.isDisplayed());
        assertEquals("100", value(TI + ".q4.trauma-aware"));

        driver.findElement(By.cssSelector("[data-action=clear]")).click();
        driver.findElement(By.cssSelector("[data-action=clear-confirm]")).click();
        assertEquals("", value(TI + ".q4.trauma-aware"));
        assertNull(driver.executeScript("return localStorage.getItem(arguments[0])", "toolkit-press:" + TI + ":v1"));
    }

    @Test
    void answersSavedForAnotherVersionAreKeptOrShownNeverDropped() {
        fresh(TI_PAGE);
        driver.executeScript("localStorage.setItem(arguments[0], arguments[1])", "toolkit-press:" + TI + ":v0",
                "{\"audit\":\"" + TI + "\",\"version\":0,\"saved\":\"2025-01-01T00:00:00Z\","
                        + "\"header\":{\"setting\":\"Old School\"},"
                        + "\"answers\":{\"q1\":{\"pre-trauma-aware\":100},\"q99\":{\"evidence\":\"A removed question\"},"
                        + "\"q2\":{\"trauma-aware\":\"lots\"}}}");
        driver.navigate().refresh();
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
        driver.findElement(By.cssSelector("[data-action=unfitted-dismiss]")).click();
        driver.navigate().refresh();
        waitFor("[data-audit-tools]:not([hidden])");
        assertFalse(driver.findElement(By.cssSelector("[data-unfitted]")).isDisplayed());
        assertNotNull(driver.executeScript("return localStorage.getItem(arguments[0])", "toolkit-press:" + TI + ":v1"));
    }
}
