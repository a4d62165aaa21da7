package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/**
 * A grid at assessment points stacked (at 320 px, and at 900 px, its column then narrower than 52em) reads as GOV.UK radios: each point a group whose
 * legend is the point's name, then a level a line, its name beside its radio, the whole line its
 * target. (Each level's name sat under its radio and four levels wrapped three and one onto two
 * rows, read as a table of two rows.) Measured as laid out: the boxes of radios, names and lines.
 */
class StackedGridPointsBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    /** Each point's group at 320 px: [problems, groups seen, levels seen]. */
    private static final String LINES = """
            var out = [], groups = 0, levels = 0;
            document.querySelectorAll('table.audit-grid-points td.grid-point').forEach(function (cell) {
              var group = cell.querySelector(':scope > fieldset');
              var legend = group && group.querySelector(':scope > legend');
              var id = cell.querySelector('input').id;
              if (!legend || legend.textContent.trim() !== cell.getAttribute('data-label')
                  || legend.getBoundingClientRect().height < 1) {
                out.push(id + ': the point is not the group\\'s legend shown');
                return;
              }
              groups++;
              var width = cell.getBoundingClientRect().width;
              var previous = null;
              cell.querySelectorAll('.grid-choice').forEach(function (choice) {
                levels++;
                var radio = choice.querySelector('input').getBoundingClientRect();
                var name = choice.querySelector('label').getBoundingClientRect();
                var line = choice.getBoundingClientRect();
                var rid = choice.querySelector('input').id;
                if (name.left < radio.right || name.top > radio.bottom || name.bottom < radio.top) {
                  out.push(rid + ': its name is not beside its radio');
                }
                // In the page's coordinates: each line is scrolled into view below.
                var top = line.top + window.scrollY, bottom = line.bottom + window.scrollY;
                if (previous !== null && top < previous - 0.5) {
                  out.push(rid + ': shares a line with the level before it');
                }
                if (line.height < 24 || line.width < width - 1) {
                  out.push(rid + ': its line is ' + Math.round(line.width) + ' x ' + Math.round(line.height)
                      + ' px in a ' + Math.round(width) + ' px cell');
                }
                // The line's far end, past the name, is the level's target too (on screen, to be hit).
                choice.scrollIntoView({block: 'center'});
                var shown = choice.getBoundingClientRect();
                var hit = document.elementFromPoint(shown.right - 3, (shown.top + shown.bottom) / 2);
                var target = hit && hit.closest('label');
                if (!target || target.htmlFor !== rid) {
                  out.push(rid + ': the end of its line chooses ' + (target ? target.htmlFor : hit && hit.localName));
                }
                previous = bottom;
              });
            });
            return [out, groups, levels];""";

    @Test
    void councilShapesStackedPointsAreRadioGroupsOfALevelALine() {
        check("council-shapes", List.of(""));
    }

    @Test
    void auditShapesStackedPointsAreRadioGroupsOfALevelALine() {
        check("audit-shapes", List.of("audits/progress-review/", "audits/termly-review/"));
    }

    private static void check(String fixture, List<String> pages) {
        try (BrowserSession browser = BrowserSession.start(TestSites.fixture(fixture))) {
            List<String> problems = new ArrayList<>();
            long groups = 0;
            long levels = 0;
            // 900 px: the grid's column beside the sidebar is narrower than 52em, so it is stacked there too.
            for (int width : new int[] {900, 320}) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                for (String page : pages) {
                    browser.openFresh(page);
                    browser.waitFor("[data-audit-tools]:not([hidden])", WAIT);
                    List<?> found = (List<?>) browser.js().executeScript(LINES);
                    for (Object p : (List<?>) found.get(0)) {
                        problems.add(page + " at " + width + " px: " + p);
                    }
                    groups += ((Number) found.get(1)).longValue();
                    levels += ((Number) found.get(2)).longValue();
                    assertEquals(List.of(), browser.axeViolations(), page + " at " + width + " px");
                }
            }
            assertTrue(groups >= 4 && levels >= 3 * groups, fixture + " has stacked points to measure: " + groups + " groups, " + levels + " levels");
            assertEquals(List.of(), problems);

            // A tap at the end of a line, well past the level's name, chooses that level.
            browser.openFresh(pages.get(0));
            browser.waitFor("[data-audit-tools]:not([hidden])", WAIT);
            WebElement choice = browser.driver().findElements(By.cssSelector("table.audit-grid-points td.grid-point .grid-choice")).get(1);
            WebElement radio = choice.findElement(By.cssSelector("input"));
            browser.js().executeScript("arguments[0].scrollIntoView({block: 'center'})", choice);
            int half = choice.getRect().getWidth() / 2;
            new Actions(browser.driver()).moveToElement(choice, half - 4, 0).click().perform();
            assertTrue(radio.isSelected(), "a tap at the end of " + radio.getAttribute("id") + "'s line chooses it");
        }
    }
}
