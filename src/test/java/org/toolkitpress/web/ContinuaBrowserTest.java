package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/**
 * The gallery's continua and principle sets in Chromium: axe-core finds nothing, a stage id
 * shared by two continua on one page is drawn in each continuum's own colour, and both read at
 * 320 px.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContinuaBrowserTest {

    private BrowserSession browser;

    @BeforeAll
    void start() {
        browser = BrowserSession.start(TestSites.fixture("audit-shapes"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"continua/two-continua/", "continua/neutral-spectrum/", "continua/unnumbered-progression/",
        "principles/reflective-prompts/",
        "principles/components/", "principles/section-numbers/"})
    void noWcag22AaViolationsAtEitherWidth(String page) {
        for (int width : new int[] {1280, 320}) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            browser.open(page);
            assertEquals(List.of(), browser.axeViolations(), page + " at " + width + " px");
        }
    }

    private String style(String css, String property) {
        WebElement element = browser.driver().findElement(By.cssSelector(css));
        return (String) browser.js().executeScript("return getComputedStyle(arguments[0])[arguments[1]]", element, property);
    }

    @Test
    void aSharedStageIdIsDrawnInEachContinuumsOwnColour() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.open("continua/two-continua/");
        String progression = "[data-continuum=school-journey] th[data-stage=trauma-aware]";
        String spectrum = "[data-continuum=ways-of-responding] th[data-stage=trauma-aware]";
        assertEquals("rgb(230, 126, 34)", style(progression, "borderTopColor"), "#e67e22, the progression's band");
        assertNotEquals("rgb(210, 227, 243)", style(progression, "backgroundColor"), "the progression is not filled");
        assertEquals("rgb(210, 227, 243)", style(spectrum, "backgroundColor"), "#d2e3f3, the spectrum's own blue fill");
        assertEquals("rgb(210, 227, 243)", style(spectrum, "borderTopColor"));
        assertEquals("rgb(210, 227, 243)",
                style("[data-continuum=ways-of-responding] td[data-stage=trauma-aware] .stage-tag", "backgroundColor"));
    }

    @Test
    void aSpectrumWithoutColoursIsNeutral() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.open("continua/neutral-spectrum/");
        for (WebElement head : browser.driver().findElements(By.cssSelector("[data-continuum=team-roles] th.stage-head"))) {
            assertEquals("rgb(80, 90, 95)", browser.js().executeScript("return getComputedStyle(arguments[0]).borderTopColor", head),
                    "#505a5f, the neutral band");
        }
    }

    @Test
    void bothContinuaReadAt320PixelsWithEveryStageNamedInEveryCell() {
        browser.driver().manage().window().setSize(new Dimension(320, 800));
        browser.open("continua/two-continua/");
        long inner = (Long) browser.js().executeScript("return window.innerWidth");
        for (WebElement table : browser.driver().findElements(By.cssSelector(".continuum-table"))) {
            long overflow = (Long) browser.js().executeScript(
                    "var f = arguments[0].closest('.table-scroll'); return f.scrollWidth - f.clientWidth;", table);
            assertEquals(0, overflow, "no sideways scrolling at 320 px");
            for (WebElement cell : table.findElements(By.cssSelector("td.stage-cell"))) {
                WebElement tag = cell.findElement(By.cssSelector(".stage-tag"));
                assertTrue(tag.isDisplayed() && !tag.getText().isBlank(), "every cell names its stage");
                assertTrue(cell.getRect().getWidth() <= inner, "cells stack within the screen");
            }
            WebElement caption = table.findElement(By.tagName("caption"));
            assertTrue(caption.getRect().getWidth() > inner / 2, "the caption is not squeezed to one word per line");
        }
    }
}
