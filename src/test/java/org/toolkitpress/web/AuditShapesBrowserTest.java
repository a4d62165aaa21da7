package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/**
 * Every audit shape of the gallery (sites/audit-shapes) as a school fills it in, in real
 * Chromium: filled by keyboard, kept over a reload, exported and imported back unchanged,
 * checked, and with no axe violation in any state; the grid at 1280 and 320 px.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditShapesBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BrowserSession browser;
    private ChromeDriver driver;

    @BeforeAll
    void start() {
        browser = BrowserSession.start(TestSites.fixture("audit-shapes"));
        driver = browser.driver();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private void fresh(String audit, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        browser.openFresh("audits/" + audit + "/");
        browser.waitFor("[data-audit-tools]:not([hidden])", Duration.ofSeconds(5));
    }

    private void reload() {
        driver.navigate().refresh();
        browser.waitFor("[data-audit-tools]:not([hidden])", Duration.ofSeconds(5));
    }

    private WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    /** Chooses a radio or ticks a box as a keyboard user does: focus it, press space. */
    private void press(String id) {
        WebElement control = field(id);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", control);
        control.sendKeys(Keys.SPACE);
    }

    private void type(String id, String text) {
        WebElement f = field(id);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", f);
        if (!f.getDomProperty("value").isEmpty()) {
            f.clear();
        }
        f.sendKeys(text);
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private void tool(String action) {
        WebElement button = driver.findElement(By.cssSelector("[data-audit-tools] [data-action=" + action + "]"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private JsonNode exported() throws IOException {
        driver.executeScript("window.__exported = null; var make = URL.createObjectURL;"
                + "URL.createObjectURL = function (blob) { window.__exported = blob; return make.call(URL, blob); };");
        tool("export");
        return JSON.readTree((String) driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1]; window.__exported.text().then(done);"));
    }

    /**
     * Clears the form, imports {@code response} and gives what exporting again writes. The import
     * saves the answers on this device again, so the new export's {@code saved} is a later moment
     * (checked here) and is given back as the file's, for the caller to compare everything else.
     */
    private JsonNode roundTrip(JsonNode response) throws IOException {
        tool("clear");
        tool("clear-confirm");
        Path file = browser.work().resolve("round-trip.json");
        Files.writeString(file, response.toPrettyString());
        driver.findElement(By.cssSelector("[data-import-file]")).sendKeys(file.toString());
        browser.waitFor("[data-import-message]:not([hidden])", Duration.ofSeconds(5));
        JsonNode again = exported();
        assertFalse(Instant.parse(again.path("saved").asText()).isBefore(Instant.parse(response.path("saved").asText())),
                "saved again on import: " + again.path("saved") + " after " + response.path("saved"));
        ((ObjectNode) again).set("saved", response.get("saved"));
        return again;
    }

    /** Imported and exported again, the same response: the same answers and figures. */
    private void assertRoundTrips(JsonNode exported) throws IOException {
        assertEquals(exported, roundTrip(exported));
    }

    private void noAxeViolations(String state) {
        // From the top of the page: axe's target-size rule counts a field scrolled under the
        // sticky bar as a small target, which says where the page was scrolled, not what it is.
        driver.executeScript("window.scrollTo(0, 0)");
        List<String> violations = browser.axeViolations();
        assertTrue(violations.isEmpty(), state + ": " + String.join("\n", violations));
    }

    private long overflow() {
        return (Long) driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    }

    @Test
    void theScoredGridIsFilledByKeyboardAndEveryRadioIsNamedByItsQuestionAndLevel() throws IOException {
        String a = "numeric-audit";
        fresh(a, 1280);
        assertEquals("1. The school's values name belonging and safety. 0 Not in place",
                field(a + ".s1.score.0").getAccessibleName());
        assertEquals("1. The school's values name belonging and safety. 2", field(a + ".s1.score.2").getAccessibleName());
        assertEquals(5, driver.findElements(By.cssSelector("#" + cssId(a + ".s1") + " th, #" + cssId(a + ".s1") + " td")).size(),
                "a row holds its question and one cell per level (0–3)");
        press(a + ".s1.score.3");
        // Arrow keys move within the question's row (one radio group), as in a stacked group.
        field(a + ".s1.score.3").sendKeys(Keys.ARROW_LEFT);
        assertTrue(field(a + ".s1.score.2").isSelected());
        press(a + ".s2.score.1");
        assertEquals("3 of 6", text("form [data-section=ethos] [data-scores] [data-score-figure=total] .figure"));
        assertEquals("2 of 45 questions answered.", text("[data-audit-tools] [data-progress]"));
        noAxeViolations("the grid with answers");

        reload();
        assertTrue(field(a + ".s1.score.2").isSelected());
        JsonNode exported = exported();
        assertEquals(2, exported.at("/answers/s1/score").asInt());
        assertEquals(3, exported.at("/figures/sections/0/scores/total").asInt());
        assertRoundTrips(exported);

        tool("check");
        assertEquals(43, driver.findElements(By.cssSelector("[data-error-summary] a")).size(), "every unanswered question");
        assertEquals("Answer question 3", driver.findElement(By.cssSelector("[data-error-summary] a")).getText());
        noAxeViolations("the grid with the error summary");

        driver.manage().window().setSize(new Dimension(320, 900));
        assertEquals(0, overflow(), "the grid reflows at 320 px");
        assertTrue(field(a + ".s1.score.2").isDisplayed());
        assertEquals("block", driver.executeScript("return getComputedStyle(arguments[0]).display",
                driver.findElement(By.cssSelector("#" + cssId(a + ".s1")))), "one question a card");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private static String cssId(String id) {
        return id.replace(".", "\\.").replace("@", "\\@");
    }

    @Test
    void assessmentPointsAreAnsweredInAGridWithATickThatUnticksAndResultsCompareFirstAndLast() throws IOException {
        String a = "progress-review";
        fresh(a, 1280);
        // Three points of four levels and the tick column fit the content column: the grid was
        // 949 px in 865, the page scrolled sideways and the tick boxes sat at the window's edge.
        assertEquals(0, overflow(), "the points grid fits the page at 1280 px");
        assertEquals(0L, widestOverrun("form table.audit-grid-points"), "and its column at 1280 px");
        assertEquals("1. The nurture room is available every morning. Assessment 1 2",
                field(a + ".room.score@first.2").getAccessibleName());
        assertEquals("1. The nurture room is available every morning. Priority", field(a + ".room.priority").getAccessibleName());
        type(a + ".header.date@first", "2025-10-06");
        press(a + ".room.score@first.2");
        assertEquals("0 of 5 questions answered.", text("[data-audit-tools] [data-progress]"),
                "not answered until the final assessment too (the second is optional)");
        press(a + ".room.score@final.4");
        assertEquals("1 of 5 questions answered.", text("[data-audit-tools] [data-progress]"));
        press(a + ".room.priority");
        press(a + ".staffing.priority");
        press(a + ".staffing.priority");
        assertFalse(field(a + ".staffing.priority").isSelected(), "a tick can be taken off again");
        assertEquals("+2", text("[data-summary] [data-point-change-item=room] [data-point-change]"));
        assertEquals("2 (Assessment 1)", text("[data-summary] [data-point-change-item=room] [data-point-from]"));
        assertEquals("+2", text("[data-summary] tr[data-summary-section=provision] [data-score-change=total]"));
        noAxeViolations("points with answers and results");

        reload();
        assertTrue(field(a + ".room.score@final.4").isSelected());
        assertTrue(field(a + ".room.priority").isSelected());
        JsonNode exported = exported();
        assertEquals(JSON.readTree("{\"score@first\": 2, \"score@final\": 4, \"priority\": \"yes\"}"), exported.at("/answers/room"));
        assertTrue(exported.at("/answers/staffing").isMissingNode(), "an un-ticked box is no answer");
        assertEquals("2025-10-06", exported.at("/header/date@first").asText());
        assertEquals(2, exported.at("/figures/sections/0/points/change/total").asInt());
        assertRoundTrips(exported);

        type(a + ".header.date@final", "29/6/2026");
        tool("check");
        List<WebElement> links = driver.findElements(By.cssSelector("[data-error-summary] a"));
        assertEquals("Enter Final assessment as a real date, year-month-day, for example 2026-03-14", links.get(0).getText());
        assertEquals("true", field(a + ".header.date@final").getDomAttribute("aria-invalid"));
        noAxeViolations("points with the error summary");

        // The plan reads each question's last assessment: room ended at 4 of 4, staffing at 1.
        press(a + ".staffing.score@first.1");
        // Staffing, scored at the first assessment only, is left out of the section's change
        // (over all the questions at each point it would read 3 of 8 → 4 of 4, "+1").
        assertEquals("+2", text("[data-summary] tr[data-summary-section=provision] [data-score-change=total]"));
        assertEquals("based on 1 of 3 questions", text("[data-summary] tr[data-summary-section=provision] [data-score-change-basis]"));
        assertEquals("3 of 8", text("[data-summary] tr[data-summary-section=provision] [data-score-figure=total][data-point=first]"));
        WebElement propose = driver.findElement(By.cssSelector("[data-plan-action=propose]"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", propose);
        propose.click();
        List<String> legends = driver.findElements(By.cssSelector("[data-plan-rows] legend")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Row 1: 2. Two trained adults staff each nurture session."), legends);

        driver.manage().window().setSize(new Dimension(320, 900));
        assertEquals(0, overflow(), "the points grid reflows at 320 px");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** How far the widest of the results' tables ({@code css}) runs past its region, in px: 0 when every one fits. */
    private long widestOverrun(String css) {
        return (Long) driver.executeScript("return Math.max.apply(null, [0].concat(Array.prototype.map.call("
                + "document.querySelectorAll(arguments[0]), function (t) { return t.scrollWidth - t.parentElement.clientWidth; })));", css);
    }

    /** A section's scores at the progress review's points (first, second, final; 0: not scored), each out of 4. */
    private record Scored(String section, String question, int... atPoints) {}

    /** The total as the page words it ("7 of 8"), over the questions scored at point {@code p}, or a dash. */
    private static String totalAt(List<Scored> scored, int p) {
        List<Integer> at = scored.stream().map(q -> q.atPoints()[p]).filter(v -> v > 0).toList();
        return at.isEmpty() ? "–" : at.stream().mapToInt(Integer::intValue).sum() + " of " + 4 * at.size();
    }

    /** The mean to one place ("3.5"), or a dash. */
    private static String meanAt(List<Scored> scored, int p) {
        List<Integer> at = scored.stream().map(q -> q.atPoints()[p]).filter(v -> v > 0).toList();
        return at.isEmpty() ? "–" : String.format(java.util.Locale.ROOT, "%.1f", at.stream().mapToInt(Integer::intValue).average().orElseThrow());
    }

    /** A change as the page words it: "+4", "−1.5", "No change" ({@code places} after the point). */
    private static String changeText(double change, int places) {
        if (change == 0) {
            return "No change";
        }
        return (change > 0 ? "+" : "\u2212") + String.format(java.util.Locale.ROOT, "%." + places + "f", Math.abs(change));
    }

    @Test
    void scoreFiguresAtThreePointsAreARowPerSectionAndPointAndTheChangeATableOfItsOwn() {
        String a = "progress-review";
        fresh(a, 1280);
        // Provision's breakfast is scored at the first point only and the second point at staffing
        // only, so the change (first to final, over the questions scored at both) is not the
        // difference of the first and the final rows.
        List<Scored> scored = List.of(new Scored("provision", "room", 2, 0, 4), new Scored("provision", "staffing", 1, 2, 3),
                new Scored("provision", "breakfast", 3, 0, 0), new Scored("outcomes", "boxall", 2, 0, 3),
                new Scored("outcomes", "return", 1, 0, 4));
        List<String> points = List.of("first", "second", "final");
        for (Scored q : scored) {
            for (int p = 0; p < points.size(); p++) {
                if (q.atPoints()[p] > 0) {
                    press(a + "." + q.question() + ".score@" + points.get(p) + "." + q.atPoints()[p]);
                }
            }
        }
        // Every results table, the form's and the filled example's below it, fits its region
        // (a column per figure at each point and the changes beside them made ten columns, the
        // changes out of sight at 1280 px).
        assertEquals(0L, widestOverrun("[data-summary] table.summary-table:not(.point-changes)"), "the score tables fit at 1280 px");
        assertEquals(List.of("Assessment", "Total", "Mean score"),
                driver.findElements(By.cssSelector("form [data-summary] table.point-scores-table thead th")).stream().map(WebElement::getText).toList());
        assertEquals(List.of("Section", "Change in total", "Change in mean score"),
                driver.findElements(By.cssSelector("form [data-summary] table.point-change-table thead th")).stream().map(WebElement::getText).toList());
        Map<String, List<Scored>> bySection = new java.util.LinkedHashMap<>();
        scored.forEach(q -> bySection.computeIfAbsent(q.section(), k -> new java.util.ArrayList<>()).add(q));
        bySection.put("", scored);  // all sections
        bySection.forEach((section, questions) -> {
            String rows = "form [data-summary] " + (section.isEmpty() ? "tr[data-summary-overall]" : "tr[data-summary-section=" + section + "]");
            for (int p = 0; p < points.size(); p++) {
                String row = rows + "[data-point=" + points.get(p) + "] ";
                assertEquals(List.of(totalAt(questions, p), meanAt(questions, p)),
                        List.of(text(row + "[data-score-figure=total]"), text(row + "[data-score-figure=mean]")), section + " at " + points.get(p));
            }
            // The change over the questions scored at both the first point and the final one.
            List<Scored> both = questions.stream().filter(q -> q.atPoints()[0] > 0 && q.atPoints()[2] > 0).toList();
            int before = both.stream().mapToInt(q -> q.atPoints()[0]).sum();
            int after = both.stream().mapToInt(q -> q.atPoints()[2]).sum();
            String changes = rows + "[data-score-changes] ";
            assertEquals(List.of(changeText(after - before, 0),
                            changeText(Double.parseDouble(meanAt(both, 2)) - Double.parseDouble(meanAt(both, 0)), 1),
                            "based on " + both.size() + " of " + questions.size() + " questions"),
                    List.of(text(changes + "[data-score-change=total]"), text(changes + "[data-score-change=mean]"),
                            text(changes + "[data-score-change-basis]")), section + "'s change");
        });
        assertEquals("Final assessment", text("form [data-summary] tr[data-summary-section=outcomes][data-point=final] th[scope=row]"));
        noAxeViolations("score figures at each point");
        driver.manage().window().setSize(new Dimension(320, 900));
        assertEquals(0, overflow(), "the results fit the page at 320 px");
        assertEquals(0L, widestOverrun("[data-summary] table.summary-table:not(.point-changes)"), "and reflow to fit their regions at 320 px");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void choiceRatingsAtThreePointsAreCountedPerPointSideBySide() throws IOException {
        String a = "termly-review";
        fresh(a, 1280);
        press(a + ".first-day.choice@autumn.red");
        press(a + ".first-day.choice@spring.amber");
        press(a + ".first-day.choice@summer.green");
        press(a + ".plans.choice@autumn.red");
        press(a + ".plans.choice@summer.green");
        // Six ratings of two questions: autumn red 2; spring amber 1; summer green 2 — never "Red 2, Amber 1, Green 2" added up.
        assertEquals(List.of("Hydref — autumn: Red: 2, Amber: 0, Green: 0", "Gwanwyn — spring: Red: 0, Amber: 1, Green: 0",
                        "Haf — summer: Red: 0, Amber: 0, Green: 2"),
                driver.findElements(By.cssSelector("[data-section=attendance] [data-counts] li")).stream().limit(3).map(WebElement::getText).toList());
        // The filled example below the form (termly-example.yml) is counted the same way, by the build.
        assertEquals("Gwanwyn — spring: Red: 0, Amber: 1, Green: 1",
                driver.findElements(By.cssSelector("[data-section=attendance] [data-counts] li")).get(4).getText());
        String row = "[data-summary] tr[data-summary-section=attendance] ";
        assertEquals("2", text(row + "[data-option-count=red][data-point=autumn]"));
        assertEquals("0", text(row + "[data-option-count=red][data-point=summer]"));
        assertEquals("2", text(row + "[data-option-count=green][data-point=summer]"));
        // A row per point under a row naming the section, as the score figures at points are,
        // each based on the questions rated at that point (under the point's name): spring rated
        // "plans" not at all (one column per option at each point made ten columns, wider than
        // the page, and one "Based on" that counted a question rated at any point; the section in
        // a column of its own and "Based on" in another scrolled the table at 320 px).
        assertEquals(List.of("Assessment", "Red", "Amber", "Green"),
                driver.findElements(By.cssSelector("form [data-summary] table.point-counts thead th")).stream().map(WebElement::getText).toList());
        assertEquals(List.of("Presenoldeb — attendance", "Cymuned — community"),
                driver.findElements(By.cssSelector("form [data-summary] table.point-counts th[scope=rowgroup]")).stream().map(WebElement::getText).toList());
        assertEquals("Gwanwyn — spring\nbased on 1 of 2 questions", text(row.replace("tr[", "tr[data-point=spring][") + "th[scope=row]"));
        assertEquals(List.of("based on 2 of 2 questions", "based on 1 of 2 questions", "based on 2 of 2 questions"),
                driver.findElements(By.cssSelector(row + "[data-based-on]")).stream().map(WebElement::getText).toList());
        assertEquals(0L, widestOverrun("[data-summary] table.point-counts"), "the counts fit their regions at 1280 px");
        noAxeViolations("ratings counted at each point");
        driver.manage().window().setSize(new Dimension(320, 900));
        assertEquals(0, overflow(), "the counts and the summary fit at 320 px");
        // Three options and the point's name fit the region at 320 px, the form's and the example's.
        assertEquals(0L, widestOverrun("[data-summary] table.point-counts"), "the counts fit their regions at 320 px");
        assertEquals("2", text(row + "[data-option-count=green][data-point=summer]"), "the counts unchanged at 320 px");
        driver.manage().window().setSize(new Dimension(1280, 900));

        // The export carries the counts point by point, in the shape the response schema gives
        // (figures.sections[].points.<point>.counts), so toolkit fill and the report still read it.
        JsonNode exported = exported();
        assertEquals(2, exported.at("/figures/sections/0/points/autumn/counts/red").asInt());
        assertEquals(2, exported.at("/figures/sections/0/points/summer/counts/green").asInt());
        Path file = Files.writeString(browser.work().resolve("termly.json"), exported.toPrettyString());
        TestSites.CliRun fill = TestSites.cli("fill", file.toString(), "-o", browser.work().resolve("termly.pdf").toString(),
                "-p", TestSites.fixture("audit-shapes").toString());
        assertEquals(0, fill.exitCode(), fill.err());
    }

    /**
     * A rubric laid out as a grid (rubric-table.yml): each level's description reads as a
     * left-aligned paragraph under its radio, the levels take the width, and at 320 px the
     * descriptions of a question's levels start at one edge, so they read as a list.
     */
    @Test
    void aRubricAsATableReadsAsParagraphsUnderEachLevel() {
        String a = "rubric-table";
        fresh(a, 1280);
        @SuppressWarnings("unchecked")
        Map<String, Object> wide = (Map<String, Object>) driver.executeScript("""
                var row = document.querySelector('[data-item=decisions]');
                var table = row.closest('table');
                var d = Array.prototype.map.call(row.querySelectorAll('.choice-descriptor'), function (e) { return e; });
                var radios = Array.prototype.map.call(row.querySelectorAll('input[type=radio]'), function (r) { return Math.round(r.getBoundingClientRect().top); });
                return { align: d.map(function (e) { return getComputedStyle(e).textAlign; }),
                         question: row.querySelector('.item-question').getBoundingClientRect().width / table.getBoundingClientRect().width,
                         radioTops: radios.filter(function (t, i, all) { return all.indexOf(t) === i; }).length };
                """);
        assertEquals(List.of("left", "left", "left", "left"), wide.get("align"), "descriptors read as paragraphs");
        assertTrue(((Number) wide.get("question")).doubleValue() <= 0.3, "the criterion column leaves the levels the width: " + wide.get("question"));
        assertEquals(1L, wide.get("radioTops"), "the radios of a row line up");
        noAxeViolations("a rubric as a table");

        driver.manage().window().setSize(new Dimension(320, 900));
        @SuppressWarnings("unchecked")
        List<Number> lefts = (List<Number>) driver.executeScript("""
                return Array.prototype.map.call(document.querySelectorAll('[data-item=decisions] .choice-descriptor'),
                  function (e) { return Math.round(e.getBoundingClientRect().left); });
                """);
        assertEquals(1, lefts.stream().map(Number::longValue).distinct().count(), "the descriptions start at one edge at 320 px: " + lefts);
        Number question = (Number) driver.executeScript("var row = document.querySelector('[data-item=decisions]');"
                + " return row.querySelector('.item-question').getBoundingClientRect().width / row.getBoundingClientRect().width;");
        assertTrue(question.doubleValue() > 0.8, "the criterion takes the card's width at 320 px: " + question);
        assertEquals(0, overflow(), "nothing scrolls sideways at 320 px");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void aReflectiveFormHasThreeNamedBoxesPerArea() throws IOException {
        String a = "reflective-review";
        fresh(a, 1280);
        assertEquals("Notes", field(a + ".welcome.notes").getAccessibleName());
        assertEquals("Priorities for change", field(a + ".welcome.priorities").getAccessibleName());
        assertTrue(driver.findElements(By.xpath("//label[contains(., 'Your answer')]")).isEmpty(),
                "no stray 'Your answer' label");
        type(a + ".welcome.notes", "New pupils get a buddy.");
        assertEquals("1 of 2 questions answered.", text("[data-audit-tools] [data-progress]"));
        type(a + ".welcome.next-steps", "Ask the school council.");
        reload();
        assertEquals("Ask the school council.", field(a + ".welcome.next-steps").getDomProperty("value"));
        JsonNode exported = exported();
        assertEquals("New pupils get a buddy.", exported.at("/answers/welcome/notes").asText());
        assertRoundTrips(exported);
        tool("check");
        assertEquals("Answer “How are pupils' views heard and acted on? Consider:”",
                driver.findElement(By.cssSelector("[data-error-summary] a")).getText(), "an unnumbered question is named by its words");
        noAxeViolations("the reflective form with the error summary");
    }

    @Test
    void aSectionMixingScalesKeepsASummaryForEachAndAnItemOfSeveralPartsKeepsThemAll() throws IOException {
        String a = "mixed-scales";
        fresh(a, 1280);
        assertEquals("2.1", driver.findElement(By.cssSelector("#" + cssId(a + ".first-day") + " .item-number")).getText(),
                "numbers as the source writes them");
        assertEquals("1)", driver.findElement(By.cssSelector("#" + cssId(a + ".check-ins") + " .item-number")).getText());
        press(a + ".first-day.choice.green");
        press(a + ".patterns.score.2");
        assertEquals("1", text("form [data-section=attendance] [data-counts] [data-option-count=green] .count"));
        assertEquals("2 of 3", text("form [data-section=attendance] [data-scores] [data-score-figure=total] .figure"));
        press(a + ".check-ins.choice.amber");
        assertFalse(text("[data-section=wellbeing] [data-section-progress]").startsWith("1 of"),
                "not answered until its confidence rating is chosen too");
        press(a + ".check-ins.confidence.medium");
        assertTrue(text("[data-section=wellbeing] [data-section-progress]").startsWith("1 of"));
        type(a + ".check-ins.reviewed", "2026-02-10");
        type(a + ".check-ins.who", "Pastoral lead");
        assertTrue(field(a + ".check-ins.reviewed").getAccessibleName().startsWith("Date last reviewed"));
        reload();
        JsonNode exported = exported();
        assertEquals(JSON.readTree("{\"choice\": \"amber\", \"confidence\": \"medium\", \"reviewed\": \"2026-02-10\","
                + " \"who\": \"Pastoral lead\"}"), exported.at("/answers/check-ins"));
        assertRoundTrips(exported);
        type(a + ".check-ins.reviewed", "10 Feb");
        field(a + ".check-ins.who").click();
        assertFalse(field(a + ".check-ins.error").isDisplayed(), "still in the item: no error yet");
        driver.executeScript("document.getElementById(arguments[0]).focus()", a + ".header.school");
        assertTrue(field(a + ".check-ins.error").isDisplayed(), "a date that is none is an error once the item is left");
        noAxeViolations("several parts with an error");
        type(a + ".check-ins.reviewed", "2026-02-10");
        assertNull(field(a + ".check-ins.reviewed").getDomAttribute("aria-invalid"));
    }

    @Test
    void theRubricShowsEachLevelsDescriptorAndItsFiguresAreLive() throws IOException {
        String a = "rubric-audit";
        fresh(a, 1280);
        assertTrue(field(a + ".validate.score.3").getAccessibleName().contains("Most staff do this routinely"),
                field(a + ".validate.score.3").getAccessibleName());
        press(a + ".validate.score.3");
        type(a + ".validate.evidence", "Seen in every class visit.");
        assertEquals("75%", text("form [data-section=practice] [data-scores] [data-score-figure=percentage] .figure"));
        reload();
        JsonNode exported = exported();
        assertRoundTrips(exported);
        assertEquals("Seen in every class visit.", exported.at("/answers/validate/evidence").asText());
        noAxeViolations("the rubric with an answer");
    }

    /**
     * A school that has done its first assessment and checks its answers is told what is left
     * as it is: each question at the point it still needs ("at Final assessment", the optional
     * second left out), and the link goes to that point's levels, not to the first assessment's,
     * which are answered already. A question not begun is still simply "Answer".
     */
    @Test
    void checkingAfterTheFirstAssessmentNamesThePointEachQuestionStillNeeds() {
        String a = "progress-review";
        fresh(a, 320);
        press(a + ".room.score@first.2");
        press(a + ".staffing.score@first.3");
        assertEquals("2 (Assessment 1)", text("[data-summary] [data-point-change-item=room] [data-point-from]"),
                "scored at the first assessment only: that score is its first, the last and the change still to come");
        assertEquals("\u2013", text("[data-summary] [data-point-change-item=room] [data-point-change]"));
        tool("check");
        List<WebElement> links = driver.findElements(By.cssSelector("[data-error-summary] a"));
        assertEquals(List.of("Answer question 1 at Final assessment", "Answer question 2 at Final assessment", "Answer question 3"),
                links.stream().limit(3).map(WebElement::getText).toList());
        links.get(0).click();
        assertEquals(a + ".room.score@final.1", driver.switchTo().activeElement().getDomAttribute("id"));
        noAxeViolations("points with the first assessment done and the error summary");
    }
}
