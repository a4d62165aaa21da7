package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/** axe-core (WCAG 2.2 AA) on the data pages, and the continuum on a 320 px screen. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    private BrowserSession browser;

    @BeforeAll
    void start() {
        browser = BrowserSession.start(TestSites.projectRoot());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "trauma-informed-schools/continuum/",
        "trauma-informed-schools/principles/",
        "trauma-informed-schools/audit/",
        "relational-approaches/toolkit-1-audit/",
        "relational-approaches/toolkit-4-partnership-working/",
        "trauma-informed-schools/audit-example/",
        "",
        "relational-approaches/school-belonging/",
        "accessibility/",
        "site-map/"})
    void noWcag22AaViolations(String page) {
        browser.driver().manage().window().setSize(new Dimension(1200, 900));
        browser.open(page);
        browser.driver().executeScript("localStorage.clear()");
        List<String> violations = browser.axeViolations();
        assertEquals(List.of(), violations, page);
    }

    @Test
    void aFormWithAnErrorShowingHasNoViolations() {
        browser.driver().manage().window().setSize(new Dimension(1200, 900));
        browser.open("trauma-informed-schools/audit/");
        browser.driver().executeScript("localStorage.clear()");
        browser.driver().findElement(By.id("trauma-informed-schools-audit.q1.pre-trauma-aware")).sendKeys("40");
        browser.driver().executeScript("document.querySelector('[data-audit-tools] [data-action=check]').click()");
        assertTrue(browser.driver().findElement(By.cssSelector("[data-error-summary]")).isDisplayed());
        assertEquals(List.of(), browser.axeViolations());
        browser.driver().executeScript("localStorage.clear()");
    }

    @Test
    void theContinuumPrintsWithEveryStageNamedInText() {
        browser.driver().manage().window().setSize(new Dimension(1200, 900));
        browser.open("trauma-informed-schools/continuum/");
        String printed = browser.printedText().replaceAll("\\s+", " ");
        for (String stage : List.of("Pre-Trauma Aware", "Trauma Aware", "Trauma Sensitive", "Trauma Responsive", "Trauma Informed")) {
            int count = printed.split(java.util.regex.Pattern.quote(stage), -1).length - 1;
            assertTrue(count >= 2, stage + " is printed in its heading and its cell, found " + count);
        }
    }

    @Test
    void theContinuumReadsAt320PixelsWithEveryStageNamedInEveryCell() {
        browser.driver().manage().window().setSize(new Dimension(320, 800));
        browser.open("trauma-informed-schools/continuum/");
        long inner = (Long) browser.driver().executeScript("return window.innerWidth");
        assertTrue(inner <= 340, "the window is narrow: " + inner);
        WebElement table = browser.driver().findElement(By.cssSelector(".continuum-table"));
        long overflow = (Long) browser.driver().executeScript(
                "var f = arguments[0].closest('.table-scroll'); return f.scrollWidth - f.clientWidth;", table);
        assertEquals(0, overflow, "the continuum needs no sideways scrolling at 320 px");
        List<WebElement> cells = table.findElements(By.cssSelector("td.stage-cell"));
        assertEquals(5, cells.size());
        for (WebElement cell : cells) {
            WebElement tag = cell.findElement(By.cssSelector(".stage-tag"));
            assertTrue(tag.isDisplayed() && !tag.getText().isBlank(), "every cell names its stage");
            assertTrue(cell.getRect().getWidth() <= inner, "cells stack within the screen");
        }
        assertEquals("Pre-Trauma Aware", cells.get(0).findElement(By.cssSelector(".stage-tag")).getText());
        browser.driver().manage().window().setSize(new Dimension(1200, 900));
    }
}
