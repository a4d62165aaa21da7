package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/** A 0–3 scored audit (sites/scored) in a real browser: live section and overall figures, saved and exported scores. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoredAuditBrowserTest {

    private static final String A = "inclusion-audit";

    private BrowserSession browser;
    private ChromeDriver driver;

    @BeforeAll
    void start() {
        browser = BrowserSession.start(TestSites.fixture("scored"));
        driver = browser.driver();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private void fresh() {
        browser.openFresh("");
        browser.waitFor("[data-audit-tools]:not([hidden])", Duration.ofSeconds(5));
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /** Chooses a score with the keyboard, as a radio group is used: focus the point, press space. */
    private void score(String item, int point) {
        driver.findElement(By.id(A + "." + item + ".score." + point)).sendKeys(Keys.SPACE);
    }

    @Test
    void figuresFollowTheScoresInEachSectionAndOverall() {
        fresh();
        assertEquals("–", text("form [data-section=leadership] [data-scores] [data-score-figure=total] .figure"));
        score("vision", 3);
        score("governors", 2);
        score("adapted", 1);
        // Leadership: 3 + 2 of 6, mean 2.5, 83% of the maximum; Teaching: 1 of 3; overall 6 of 9.
        assertEquals("5 of 6", text("form [data-section=leadership] [data-scores] [data-score-figure=total] .figure"));
        assertEquals("2.5", text("form [data-section=leadership] [data-scores] [data-score-figure=mean] .figure"));
        assertEquals("83%", text("form [data-section=leadership] [data-scores] [data-score-figure=percentage] .figure"));
        assertEquals("1 of 3", text("form [data-summary] tr[data-summary-section=teaching] [data-score-figure=total]"));
        assertEquals(List.of("6 of 9", "2.0", "67%"),
                driver.findElements(By.cssSelector("form [data-summary] [data-summary-overall] [data-score-figure]")).stream()
                        .map(e -> e.getText()).toList());
        score("vision", 0);
        assertEquals("2 of 6", text("form [data-section=leadership] [data-scores] [data-score-figure=total] .figure"));
    }

    @Test
    void scoresAreSavedAndExportedAsNumbers() throws IOException {
        fresh();
        score("governors", 2);
        driver.navigate().refresh();
        browser.waitFor("[data-audit-tools]:not([hidden])", Duration.ofSeconds(5));
        assertEquals(Boolean.TRUE, driver.findElement(By.id(A + ".governors.score.2")).isSelected());
        assertEquals("2 of 3", text("form [data-section=leadership] [data-scores] [data-score-figure=total] .figure"));
        driver.executeScript("window.__exported = null; var make = URL.createObjectURL;"
                + "URL.createObjectURL = function (blob) { window.__exported = blob; return make.call(URL, blob); };");
        // Brought to the middle of the view: the form's sticky bar covers the top edge.
        var export = driver.findElement(By.cssSelector("[data-audit-tools] [data-action=export]"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", export);
        export.click();
        JsonNode exported = new ObjectMapper().readTree((String) driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1]; window.__exported.text().then(done);"));
        assertEquals(2, exported.get("answers").get("governors").get("score").intValue());
        assertEquals(true, exported.get("answers").get("governors").get("score").isInt(), "a score is exported as a number");
    }

    @Test
    void theScoredFormAndItsFilledExampleHaveNoAccessibilityViolations() {
        fresh();
        score("vision", 3);
        assertEquals(List.of(), browser.axeViolations());
    }
}
