package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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
        // Read in one script, not four WebDriver round trips a cell (some two hundred): each cell's
        // stage tag is rendered (visible, not transparent, not of zero size) and not blank, and the
        // cell's width in whole pixels (as WebDriver gives an element's rectangle).
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) browser.js().executeScript("""
                return {inner: window.innerWidth, tables: Array.prototype.map.call(document.querySelectorAll('.continuum-table'), function (t) {
                  var f = t.closest('.table-scroll');
                  return {overflow: f.scrollWidth - f.clientWidth, caption: Math.floor(t.querySelector('caption').getBoundingClientRect().width),
                    cells: Array.prototype.map.call(t.querySelectorAll('td.stage-cell'), function (c) {
                      var tag = c.querySelector('.stage-tag'), box = tag ? tag.getBoundingClientRect() : null;
                      return {named: !!tag && tag.checkVisibility({opacityProperty: true, visibilityProperty: true})
                          && box.width > 0 && box.height > 0 && tag.innerText.trim() !== '',
                        width: Math.floor(c.getBoundingClientRect().width)}; })}; })};""");
        long inner = (Long) page.get("inner");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tables = (List<Map<String, Object>>) page.get("tables");
        assertEquals(2, tables.size(), "both continua are on the page");
        for (Map<String, Object> table : tables) {
            assertEquals(0L, table.get("overflow"), "no sideways scrolling at 320 px");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) table.get("cells");
            assertFalse(cells.isEmpty(), "the continuum has stage cells");
            for (Map<String, Object> cell : cells) {
                assertEquals(Boolean.TRUE, cell.get("named"), "every cell names its stage");
                assertTrue((Long) cell.get("width") <= inner, "cells stack within the screen");
            }
            assertTrue((Long) table.get("caption") > inner / 2, "the caption is not squeezed to one word per line");
        }
    }
}
