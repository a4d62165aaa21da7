package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.toolkitpress.testing.DefaultSiteBrowserTest;
import org.toolkitpress.testing.TestSites;

/**
 * The school's journey through the trauma-informed audit in real Chromium, the parts issue 11
 * left: the sticky bar never covers what has focus, a plan migrated with answers of an older
 * version, what the printed form's dates mean, and the figures the export carries.
 */
class AuditJourneyBrowserTest extends DefaultSiteBrowserTest {

    private static final String TI = "trauma-informed-schools-audit";
    private static final String TI_PAGE = "trauma-informed-schools/audit/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private void fresh(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        browser.openFresh(TI_PAGE);
        browser.waitFor("[data-audit-tools]:not([hidden])", Duration.ofSeconds(5));
    }

    private WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    private void type(String id, String text) {
        WebElement f = field(id);
        if (!f.getDomProperty("value").isEmpty()) {
            f.clear();
        }
        f.sendKeys(text);
    }

    /** The focused element is clear of the bar: its clearance and its name read in one script. */
    private void assertClear(String after) {
        @SuppressWarnings("unchecked")
        List<Object> look = (List<Object>) driver.executeScript("var bar = document.querySelector('[data-audit-bar]').getBoundingClientRect();"
                + "var e = document.activeElement;"
                + "return [e.getBoundingClientRect().top - bar.bottom, e.id || e.outerHTML.substring(0, 80)];");
        double clearance = ((Number) look.get(0)).doubleValue();
        assertTrue(clearance >= 0, after + ": " + look.get(1) + " is under the bar by " + -clearance + " px");
    }

    @Test
    void theStickyBarNeverCoversAFocusedFieldOrTheErrorSummary() {
        fresh(1280);
        assertEquals("sticky", driver.executeScript(
                "return getComputedStyle(document.querySelector('[data-audit-bar]')).position"));
        // Forwards with Tab from the first question, then back with Shift+Tab: every field that
        // takes focus is scrolled clear of the bar (the browser honours scroll-padding-top).
        field(TI + ".q1.pre-trauma-aware").click();
        // Each press is one WebDriver command (a real key press, to whatever has focus) and each
        // look one script: 80 presses were 400 round trips when the message was worked out each time.
        for (int i = 0; i < 40; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertClear("Tab " + (i + 1));
        }
        for (int i = 0; i < 40; i++) {
            new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            assertClear("Shift+Tab " + (i + 1));
        }
        // Check from the bar, far down the page: the error summary takes focus below the bar.
        driver.executeScript("document.getElementById(arguments[0]).scrollIntoView()", TI + ".q20.pre-trauma-aware");
        driver.findElement(By.cssSelector("[data-audit-bar] [data-action=check]")).click();
        WebElement summary = driver.findElement(By.cssSelector("[data-error-summary]"));
        assertEquals(summary, driver.switchTo().activeElement());
        assertClear("the error summary");
        // A link in the summary lands on its field below the bar, however far down it is.
        List<WebElement> links = summary.findElements(By.cssSelector("a"));
        links.get(links.size() - 1).click();
        assertClear("the summary's last link");
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
        summary.findElements(By.cssSelector("a")).get(1).click();
        assertClear("the summary's second link");
    }

    @Test
    void onANarrowScreenTheBarDoesNotStick() {
        fresh(320);
        assertEquals("static", driver.executeScript(
                "return getComputedStyle(document.querySelector('[data-audit-bar]')).position"));
        assertTrue(driver.findElement(By.cssSelector("[data-audit-end]")).isDisplayed(), "the actions are repeated at the end");
        driver.manage().window().setSize(new Dimension(1200, 900));
    }

    @Test
    void aPlanRowWhoseItemIsGoneIsKeptAsTheSchoolsOwnRowWhenAnswersMoveToANewVersion() {
        driver.manage().window().setSize(new Dimension(1200, 900));
        browser.openWithStored(TI_PAGE, Map.of("toolkit-press:" + TI + ":v0",
                "{\"audit\":\"" + TI + "\",\"version\":0,\"saved\":\"2025-01-01T00:00:00Z\","
                        + "\"answers\":{\"q1\":{\"pre-trauma-aware\":100}},"
                        + "\"plan\":[{\"item\":\"q1\",\"action\":\"Train everyone\",\"who\":\"Head\",\"by\":\"July\",\"measure\":\"\"},"
                        + "{\"item\":\"q99\",\"action\":\"Buy the books\",\"who\":\"SENCo\",\"by\":\"\",\"measure\":\"Books on shelves\"},"
                        + "{\"item\":\"q98\",\"action\":\"\",\"who\":\"\",\"by\":\"\",\"measure\":\"\"},"
                        + "{\"item\":\"\",\"action\":\"Our own idea\",\"who\":\"\",\"by\":\"\",\"measure\":\"\"}]}"));
        browser.waitFor("[data-plan-rows] .plan-row", Duration.ofSeconds(5));
        List<String> legends = legends();
        assertEquals(3, legends.size(), "the empty proposal for a removed question is dropped, the rest kept: " + legends);
        assertTrue(legends.get(0).startsWith("Row 1: 1. Do staff"), legends.get(0));
        assertEquals("Row 2: your own action", legends.get(1));
        assertEquals("Row 3: your own action", legends.get(2));
        assertEquals("Buy the books", field(TI + "-plan-2-action").getDomProperty("value"));
        assertEquals("SENCo", field(TI + "-plan-2-who").getDomProperty("value"));
        assertEquals("Books on shelves", field(TI + "-plan-2-measure").getDomProperty("value"));
        String listed = driver.findElement(By.cssSelector("[data-unfitted-list]")).getText();
        assertTrue(listed.contains("Action plan row 2: was about question “q99”, which is no longer in this audit"), listed);

        // Saved under this version, old copy gone: the plan survives the next reload too.
        driver.navigate().refresh();
        browser.waitFor("[data-plan-rows] .plan-row", Duration.ofSeconds(5));
        assertEquals(legends, legends());
        assertEquals("Buy the books", field(TI + "-plan-2-action").getDomProperty("value"));
        assertTrue(driver.findElement(By.cssSelector("[data-unfitted-list]")).getText().contains("q99"));
        assertEquals(null, driver.executeScript("return localStorage.getItem(arguments[0])", "toolkit-press:" + TI + ":v0"));
    }

    private List<String> legends() {
        return driver.findElements(By.cssSelector("[data-plan-rows] legend")).stream().map(WebElement::getText).toList();
    }

    @Test
    void thePrintedFormSaysWhichDateIsTheAuditsAndWhichTheDayItWasPrinted() {
        fresh(1200);
        // Given as typing leaves them (BrowserSession#setTyped): the subject is what is printed.
        browser.setTyped(field(TI + ".header.setting"), "Printed Primary School");
        browser.setTyped(field(TI + ".header.date"), "May 2026");
        String today = (String) driver.executeScript("return window.ToolkitAudit.longDate(new Date())");
        String printed = browser.printedText();
        String[] pages = printed.split("\f");
        for (int i = 0; i < pages.length; i++) {
            if (!pages[i].isBlank()) {
                assertTrue(pages[i].contains("Date of Audit: May 2026"), "the audit's own date, named, on page " + (i + 1));
                assertTrue(pages[i].contains("Printed " + today), "the day of printing, named, on page " + (i + 1));
            }
        }
        type(TI + ".header.date", "");
        field(TI + ".header.date").sendKeys(Keys.BACK_SPACE);
        assertFalse(browser.printedText().contains("Date of Audit:"), "no audit date in the head when the form has none");
    }

    @Test
    void theExportCarriesTheFiguresAndImportIgnoresThem() throws IOException {
        fresh(1200);
        type(TI + ".q1.pre-trauma-aware", "30");
        type(TI + ".q1.trauma-aware", "70");
        type(TI + ".q2.trauma-sensitive", "100");
        type(TI + ".q3.trauma-aware", "50");
        driver.executeScript("window.__exported = null; var make = URL.createObjectURL;"
                + "URL.createObjectURL = function (blob) { window.__exported = blob; return make.call(URL, blob); };");
        WebElement export = driver.findElement(By.cssSelector("[data-audit-tools] [data-action=export]"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", export);
        export.click();
        JsonNode exported = JSON.readTree((String) driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1]; window.__exported.text().then(done);"));
        // toolkit fill takes the export as it is: the figures are no answers and are not read.
        Path exportedFile = browser.work().resolve("exported.json");
        JsonNode complete = exported.deepCopy();
        // (fill refuses a distribution that does not add up to 100, as check does)
        ((com.fasterxml.jackson.databind.node.ObjectNode) complete.get("answers")).remove("q3");
        Files.writeString(exportedFile, complete.toPrettyString());
        TestSites.CliRun fill = TestSites.cli("fill", exportedFile.toString(), "-o", browser.work().resolve("filled.pdf").toString(),
                "-p", TestSites.projectRoot().toString());
        assertEquals(0, fill.exitCode(), fill.err());
        assertFalse(fill.err().contains("figures"), fill.err());

        JsonNode first = exported.at("/figures/sections/0");
        assertEquals("individuals-knowledge", first.get("section").asText());
        int questions = driver.findElements(By.cssSelector("[data-section=individuals-knowledge] .audit-item")).size();
        assertEquals(questions, first.get("questions").asInt());
        assertEquals(2, first.get("answered").asInt(), "question 3 (50%) is not complete");
        // (30 + 0) / 2, (70 + 0) / 2, (0 + 100) / 2: the largest share is Trauma Sensitive.
        assertEquals(JSON.readTree("{\"pre-trauma-aware\":15,\"trauma-aware\":35,\"trauma-sensitive\":50,"
                + "\"trauma-responsive\":0,\"trauma-informed\":0}"), first.get("shares"));
        assertEquals("trauma-sensitive", first.get("placed_at").asText());
        assertEquals(2, exported.at("/figures/overall/answered").asInt());

        // A file whose figures disagree with its answers: the answers are imported, the figures
        // worked out again, nothing listed as not fitting.
        ((com.fasterxml.jackson.databind.node.ObjectNode) exported.at("/figures/sections/0")).put("placed_at", "trauma-informed");
        ((com.fasterxml.jackson.databind.node.ObjectNode) exported.at("/figures/overall")).put("answered", 40);
        driver.executeScript("localStorage.clear()");
        driver.navigate().refresh();
        browser.waitFor("[data-audit-tools]:not([hidden])", Duration.ofSeconds(5));
        Path file = browser.work().resolve("with-figures.json");
        Files.writeString(file, exported.toPrettyString());
        driver.findElement(By.cssSelector("[data-import-file]")).sendKeys(file.toString());
        browser.waitFor("[data-import-message]:not([hidden])", Duration.ofSeconds(5));
        assertEquals("70", field(TI + ".q1.trauma-aware").getDomProperty("value"));
        assertFalse(driver.findElement(By.cssSelector("[data-unfitted]")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector("[data-summary] tr[data-summary-section=individuals-knowledge] [data-placement]"))
                .getText().startsWith("Trauma Sensitive"));
        Object saved = driver.executeScript("return JSON.parse(localStorage.getItem(arguments[0])).figures === undefined",
                "toolkit-press:" + TI + ":v1");
        assertEquals(Boolean.TRUE, saved, "figures are worked out, not kept with the answers");
    }
}
