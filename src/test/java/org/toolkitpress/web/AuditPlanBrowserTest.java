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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.DefaultSiteBrowserTest;

/**
 * The action plan and the comparison with an earlier audit in real Chromium: the plan proposed
 * from the answers, kept over a reload and through export and import, edited by keyboard, as
 * CSV; the comparison table's values; axe with a plan and with a comparison shown.
 */
class AuditPlanBrowserTest extends DefaultSiteBrowserTest {

    /**
     * With {@code TOOLKIT_SCREENSHOTS} set, it leaves screenshots of the plan and the comparison
     * there for people, in the shell with frames; else the shell without.
     */
    @Override
    protected BrowserSession.Kind kind() {
        return BrowserSession.kindForScreenshotsForPeople();
    }

    private static final String TI = "trauma-informed-schools-audit";
    private static final String TI_PAGE = "trauma-informed-schools/audit/";
    private static final String RA = "relational-approaches-audit";
    private static final String RA_PAGE = "relational-approaches/toolkit-1-audit/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private void fresh(String page) {
        driver.manage().window().setSize(new Dimension(1200, 900));
        browser.openFresh(page);
        browser.waitFor("[data-action-plan]:not([hidden])", Duration.ofSeconds(5));
    }

    private WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    private void type(String id, String text) {
        WebElement f = field(id);
        f.clear();
        f.sendKeys(text);
    }

    /**
     * Gives a text as typing it leaves an empty box ({@link BrowserSession#setTyped}): for the
     * plan's texts, where what becomes of them (saved, exported, printed, written as CSV) is the
     * subject; the keyboard test types with {@code sendKeys}.
     */
    private void give(String id, String text) {
        browser.setTyped(field(id), text);
    }

    /** Clicks the first match, brought to the middle of the view: the form's sticky bar covers the top edge. */
    private void click(String css) {
        WebElement element = driver.findElement(By.cssSelector(css));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private List<String> legends() {
        return driver.findElements(By.cssSelector("[data-plan-rows] legend")).stream().map(WebElement::getText).toList();
    }

    private String status() {
        return driver.findElement(By.cssSelector("[data-plan-status]")).getText();
    }

    /** The text of the next blob the page hands to a download, after clicking {@code css}. */
    private String download(String css) throws IOException {
        driver.executeScript("window.__blob = null; var make = URL.createObjectURL;"
                + "URL.createObjectURL = function (blob) { window.__blob = blob; return make.call(URL, blob); };");
        click(css);
        // As a JSON string: WebDriver would turn CRLF into LF on the way.
        return JSON.readValue((String) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "window.__blob.text().then(function (t) { done(JSON.stringify(t)); });"), String.class);
    }

    /** Answers q1 (all Pre-Trauma Aware), q2 (30% Pre-Trauma Aware) and q3 (all Trauma Informed). */
    private void answerThree() {
        type(TI + ".q1.pre-trauma-aware", "100");
        type(TI + ".q2.pre-trauma-aware", "30");
        type(TI + ".q2.trauma-aware", "70");
        type(TI + ".q3.trauma-informed", "100");
    }

    @Test
    void thePlanIsProposedFromTheAnswersAndSurvivesReloadExportAndImport() throws IOException {
        fresh(TI_PAGE);
        click("[data-plan-action=propose]");
        assertEquals("No answered question needs action yet. Answer more questions, or add your own row.", status());
        answerThree();
        click("[data-plan-action=propose]");
        List<String> legends = legends();
        assertEquals(2, legends.size(), legends.toString());
        assertTrue(legends.get(0).startsWith("Row 1: 1. Do staff"), legends.get(0));
        assertTrue(legends.get(1).startsWith("Row 2: 2. Do staff"), legends.get(1));
        assertEquals("2 rows were added to your plan from your answers.", status());
        assertEquals(TI + "-plan-1-action", driver.switchTo().activeElement().getDomAttribute("id"));
        // Each field has its own label.
        assertEquals("Who will do it", driver.findElement(By.cssSelector("label[for='" + TI + "-plan-2-who']")).getText());
        give(TI + "-plan-1-action", "Whole-staff training day");
        give(TI + "-plan-1-who", "Head teacher");
        give(TI + "-plan-1-by", "July 2027");
        give(TI + "-plan-1-measure", "All staff trained");

        driver.navigate().refresh();
        browser.waitFor("[data-plan-rows] .plan-row", Duration.ofSeconds(5));
        assertEquals(legends, legends());
        assertEquals("Whole-staff training day", field(TI + "-plan-1-action").getDomProperty("value"));
        assertEquals("July 2027", field(TI + "-plan-1-by").getDomProperty("value"));

        JsonNode exported = JSON.readTree(download("[data-audit-tools] [data-action=export]"));
        assertEquals(JSON.readTree("[{\"item\":\"q1\",\"action\":\"Whole-staff training day\",\"who\":\"Head teacher\","
                + "\"by\":\"July 2027\",\"measure\":\"All staff trained\"},"
                + "{\"item\":\"q2\",\"action\":\"\",\"who\":\"\",\"by\":\"\",\"measure\":\"\"}]"), exported.get("plan"));

        click("[data-action=clear]");
        click("[data-action=clear-confirm]");
        assertEquals(List.of(), legends(), "clearing the answers clears the plan");
        Path file = browser.work().resolve("with-plan.json");
        Files.writeString(file, exported.toPrettyString());
        driver.findElement(By.cssSelector("[data-import-file]")).sendKeys(file.toString());
        browser.waitFor("[data-import-message]:not([hidden])", Duration.ofSeconds(5));
        assertEquals(legends, legends());
        assertEquals("Head teacher", field(TI + "-plan-1-who").getDomProperty("value"));

        // Proposing again adds only what the plan does not have yet.
        click("[data-plan-action=propose]");
        assertEquals("Your plan already has a row for every question that needs action.", status());
        assertEquals(2, legends().size());
    }

    @Test
    void thePlanPrintsOnItsOwn() {
        fresh(TI_PAGE);
        answerThree();
        click("[data-plan-action=propose]");
        give(TI + "-plan-1-action", "Whole-staff training day");
        // The print dialog cannot be driven headless: print() is stubbed and the page printed as it is then.
        driver.executeScript("window.print = function () {};");
        click("[data-plan-action=print]");
        String printed = browser.printedText();
        assertTrue(printed.contains("Action plan"), printed);
        assertTrue(printed.contains("Whole-staff training day"), printed);
        assertFalse(printed.contains("Individuals Knowledge"), "no section of the form: " + printed);
        assertFalse(printed.contains("Propose a plan from my answers"), "no buttons: " + printed);
        driver.executeScript("window.dispatchEvent(new Event('afterprint'))");
        assertFalse(printedTextHasOnlyThePlan(), "after printing the page prints whole again");
    }

    private boolean printedTextHasOnlyThePlan() {
        return !browser.printedText().contains("Individuals Knowledge");
    }

    @Test
    void anOlderExportWithoutAPlanStillImports() throws IOException {
        fresh(TI_PAGE);
        Path file = browser.work().resolve("no-plan.json");
        Files.writeString(file, "{\"audit\": \"" + TI + "\", \"version\": 1, \"answers\": {\"q1\": {\"trauma-aware\": 100}}}");
        driver.findElement(By.cssSelector("[data-import-file]")).sendKeys(file.toString());
        browser.waitFor("[data-import-message]:not([hidden])", Duration.ofSeconds(5));
        assertEquals("100", field(TI + ".q1.trauma-aware").getDomProperty("value"));
        assertEquals(List.of(), legends());
        assertTrue(driver.findElement(By.cssSelector("[data-plan-empty]")).isDisplayed());
    }

    @Test
    void rowsAreAddedMovedAndRemovedByKeyboard() {
        fresh(TI_PAGE);
        answerThree();
        click("[data-plan-action=propose]");
        WebElement add = driver.findElement(By.cssSelector("[data-action-plan] [data-plan-action=add]"));
        add.sendKeys(Keys.ENTER);
        assertEquals(TI + "-plan-3-action", driver.switchTo().activeElement().getDomAttribute("id"));
        assertEquals("Row 3 was added.", status());
        driver.switchTo().activeElement().sendKeys("Our own idea");
        assertEquals("Row 3: your own action", legends().get(2));

        // Tab from the last field to the row's first button, "Move up", and press it twice.
        WebElement up = driver.findElement(By.cssSelector(".plan-row:nth-child(3) [data-plan-action=up]"));
        assertEquals("Move up row 3", up.getText().replace("\n", " ").trim().replaceAll("\\s+", " "));
        up.sendKeys(Keys.ENTER);
        assertEquals("Row 3 moved up. It is now row 2.", status());
        WebElement focused = driver.switchTo().activeElement();
        assertEquals("up", focused.getDomAttribute("data-plan-action"), "focus stays on the row's Move up");
        focused.sendKeys(Keys.SPACE);
        assertEquals("Row 2 moved up. It is now row 1.", status());
        List<String> legends = legends();
        assertEquals("Row 1: your own action", legends.get(0));
        assertEquals("Our own idea", field(TI + "-plan-1-action").getDomProperty("value"));
        assertEquals(TI + "-plan-1-action", driver.switchTo().activeElement().getDomAttribute("id"),
                "at the top, Move up is gone and focus goes to the row's first field");

        driver.findElement(By.cssSelector(".plan-row:nth-child(2) [data-plan-action=remove]")).sendKeys(Keys.ENTER);
        assertEquals("Row 2 was removed. Your plan has 2 rows.", status());
        assertEquals(TI + "-plan-2-action", driver.switchTo().activeElement().getDomAttribute("id"));
        assertTrue(legends().get(1).startsWith("Row 2: 2. Do staff"), legends().toString());

        driver.navigate().refresh();
        browser.waitFor("[data-plan-rows] .plan-row", Duration.ofSeconds(5));
        assertEquals("Our own idea", field(TI + "-plan-1-action").getDomProperty("value"), "the new order is saved");
    }

    @Test
    void theCsvIsQuotedAndCannotRunFormulas() throws IOException {
        fresh(TI_PAGE);
        answerThree();
        click("[data-plan-action=propose]");
        give(TI + "-plan-1-action", "Train staff, then \"review\"");
        give(TI + "-plan-1-who", "=HYPERLINK(\"http://evil\")");
        give(TI + "-plan-1-by", "2027-07");
        give(TI + "-plan-2-measure", "-fewer exclusions");
        String csv = download("[data-plan-action=csv]");
        String q1 = "1. Do staff have up to date knowledge of how children’s brains develop?";
        String q2 = "2. Do staff understand the effect of stress on the brain including their own?";
        // The questions' text holds no comma or quote, so it is written as it is.
        assertFalse(q1.contains(",") || q1.contains("\"") || q2.contains(",") || q2.contains("\""));
        assertEquals("Item,Action,Who,By when,How we will know\r\n"
                + q1 + ",\"Train staff, then \"\"review\"\"\",\"'=HYPERLINK(\"\"http://evil\"\")\",2027-07,\r\n"
                + q2 + ",,,,'-fewer exclusions\r\n", csv);
        assertEquals(TI + "-action-plan.csv", driver.findElement(By.cssSelector("[data-plan-status]")).getText()
                .replace("Your plan was downloaded as ", "").replace(".csv.", ".csv"));
    }

    @Test
    void aChoiceAuditProposesRedThenAmber() {
        fresh(RA_PAGE);
        List<WebElement> items = driver.findElements(By.cssSelector(".audit-item[data-type=choice]"));
        String first = items.get(0).getDomAttribute("data-item");
        String second = items.get(1).getDomAttribute("data-item");
        String third = items.get(2).getDomAttribute("data-item");
        driver.findElement(By.cssSelector("[id='" + items.get(0).getDomAttribute("id") + "'] input[value=amber]")).click();
        driver.findElement(By.cssSelector("[id='" + items.get(1).getDomAttribute("id") + "'] input[value=green]")).click();
        driver.findElement(By.cssSelector("[id='" + items.get(2).getDomAttribute("id") + "'] input[value=red]")).click();
        click("[data-plan-action=propose]");
        List<String> rows = driver.findElements(By.cssSelector("[data-plan-rows] .plan-row")).stream()
                .map(r -> r.getDomAttribute("data-plan-item")).toList();
        assertEquals(List.of(third, first), rows, "Red first, then Amber; Green is not proposed (" + second + ")");
        assertEquals(List.of(), browser.axeViolations(), "axe with a plan on a choice audit");
    }

    @Test
    void anEarlierExportIsComparedWithoutReplacingTheAnswers() throws IOException {
        fresh(TI_PAGE);
        answerThree();
        Path earlier = browser.work().resolve("last-year.json");
        Files.writeString(earlier, "{\"audit\": \"" + TI + "\", \"version\": 1, \"header\": {\"date\": \"March 2025\"},"
                + " \"answers\": {\"q1\": {\"pre-trauma-aware\": 100}, \"q2\": {\"pre-trauma-aware\": 100},"
                + " \"q3\": {\"trauma-sensitive\": 50, \"trauma-informed\": 50}}}");
        driver.findElement(By.cssSelector("[data-compare-file]")).sendKeys(earlier.toString());
        browser.waitFor("[data-compare-result]:not([hidden])", Duration.ofSeconds(5));
        assertEquals("100", field(TI + ".q1.pre-trauma-aware").getDomProperty("value"), "the current answers stay");
        assertTrue(driver.findElement(By.cssSelector("[data-import-message]")).getDomAttribute("hidden") != null,
                "comparing is not importing");
        // q1: 0 -> 0; q2: 0 -> (70 x 1) / 4 = 17.5 -> 18; q3: (50 x 2 + 50 x 4) / 4 = 75 -> 100.
        String section = driver.findElement(By.cssSelector("[data-compare-item=q1]")).findElement(By.xpath("ancestor::details"))
                .getText();
        assertTrue(section.startsWith("Question by question: "), section);
        assertEquals(List.of("0%", "0%", "No change"), cells("[data-compare-item=q1]"));
        assertEquals(List.of("0%", "18%", "+18 points"), cells("[data-compare-item=q2]"));
        assertEquals(List.of("75%", "100%", "+25 points"), cells("[data-compare-item=q3]"));
        assertEquals(List.of("Not answered", "Not answered", "Not answered in both"), cells("[data-compare-item=q4]"));
        String sectionId = (String) driver.executeScript("return document.getElementById(arguments[0]).closest('[data-section]')"
                + ".getAttribute('data-section')", TI + ".q1");
        // The section's figure is the mean over its answered items: earlier (0 + 0 + 75) / 3 = 25, now (0 + 18 + 100) / 3 = 39.3.
        assertEquals(List.of("25%", "39%", "+14 points"), cells("[data-compare-section=" + sectionId + "]"));
        assertTrue(driver.findElement(By.cssSelector("[data-compare-result] h3")).getText().contains("March 2025"));

        // It follows the current answers as they change.
        type(TI + ".q1.pre-trauma-aware", "0");
        type(TI + ".q1.trauma-informed", "100");
        assertEquals(List.of("0%", "100%", "+100 points"), cells("[data-compare-item=q1]"));
        assertEquals(List.of(), browser.axeViolations(), "axe with a comparison shown");
        screenshots("compare");

        Path other = browser.work().resolve("other.json");
        Files.writeString(other, "{\"audit\": \"" + RA + "\", \"version\": 1, \"answers\": {}}");
        driver.findElement(By.cssSelector("[data-compare-file]")).sendKeys(other.toString());
        assertEquals("This file holds answers to a different form (“" + RA + "”), so nothing is compared.",
                driver.findElement(By.cssSelector("[data-compare-message]")).getText());
        assertFalse(driver.findElement(By.cssSelector("[data-compare-result]")).isDisplayed(),
                "\"nothing is compared\" is not said above the comparison with the file chosen before");

        driver.findElement(By.cssSelector("[data-compare-file]")).sendKeys(earlier.toString());
        browser.waitFor("[data-compare-result]:not([hidden])", Duration.ofSeconds(5));
        assertFalse(driver.findElement(By.cssSelector("[data-compare-message]")).isDisplayed(), "the refusal of the file before goes");
    }

    /** Each cell's textContent, read in one script (it was a find, a find and a read per cell: five commands a row). */
    @SuppressWarnings("unchecked")
    private List<String> cells(String rowCss) {
        return (List<String>) driver.executeScript("var row = document.querySelector(arguments[0]);"
                + " if (!row) { throw new Error('no row ' + arguments[0]); }"
                + " return Array.prototype.map.call(row.querySelectorAll('td'), function (td) { return td.textContent; });", rowCss);
    }

    @Test
    void aPlanHasNoAccessibilityViolations() throws IOException {
        fresh(TI_PAGE);
        answerThree();
        click("[data-plan-action=propose]");
        click("[data-action-plan] [data-plan-action=add]");
        assertEquals(List.of(), browser.axeViolations(), "axe with a plan");
        screenshots("plan");
        assertFalse(driver.findElements(By.cssSelector(".plan-row")).isEmpty());
    }

    /**
     * Screenshots of the plan and comparison at 320 and 1280 px, for a person to look at, when
     * {@code TOOLKIT_SCREENSHOTS} names a folder (no test reads them).
     */
    private void screenshots(String name) throws IOException {
        if (BrowserSession.screenshotsForPeople().isEmpty()) {
            return;
        }
        Path dir = BrowserSession.screenshotsForPeople().get();
        Files.createDirectories(dir);
        for (int width : new int[] {320, 1280}) {
            driver.manage().window().setSize(new Dimension(width, 1000));
            driver.executeScript("document.querySelector(arguments[0]).scrollIntoView()",
                    name.equals("plan") ? "[data-action-plan]" : "[data-compare-result]");
            Files.write(dir.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
        driver.manage().window().setSize(new Dimension(1200, 900));
    }
}
