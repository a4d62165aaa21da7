package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/**
 * An answer grid at assessment points reflows at every width (WCAG 1.4.10), not only at 320 and
 * 1280 px: the council-shapes fixture's rubric at two points ("Beginning", "Developing", ...) made
 * the page scroll 41 px sideways in a 900 px window, between the stacked layout (below 40em) and
 * the wide content column. At each width every grid at points of both fixtures is no wider than
 * its column (or, failing that, sits in a labelled scroll region that takes the focus, itself or by its radios), the page does not
 * scroll sideways, and every radio is still on screen (inside its grid's box).
 */
class GridAtPointsReflowBrowserTest {

    private static final int[] WIDTHS = {320, 480, 640, 768, 900, 1024, 1280};

    @Test
    void councilShapesGridsFitEveryWidth() {
        check("council-shapes", List.of(""));
    }

    @Test
    void auditShapesGridsFitEveryWidth() {
        check("audit-shapes", List.of("audits/progress-review/", "audits/termly-review/",
                "audits/numeric-audit/", "audits/mixed-scales/", "audits/reflective-review/"));
    }

    private static void check(String fixture, List<String> pages) {
        try (BrowserSession browser = BrowserSession.start(TestSites.fixture(fixture))) {
            List<String> problems = new ArrayList<>();
            long grids = 0;
            for (int width : WIDTHS) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                for (String page : pages) {
                    browser.openFresh(page);
                    browser.waitFor("[data-audit-tools]:not([hidden])", Duration.ofSeconds(5));
                    @SuppressWarnings("unchecked")
                    List<Object> found = (List<Object>) browser.js().executeScript("""
                            var out = [];
                            var root = document.documentElement;
                            if (root.scrollWidth > root.clientWidth) {
                              out.push('the page scrolls ' + (root.scrollWidth - root.clientWidth) + ' px sideways');
                            }
                            var grids = document.querySelectorAll('table.audit-grid-points');
                            grids.forEach(function (grid, g) {
                              var wrap = grid.parentElement;
                              var region = grid.closest('[role=region]');
                              var inRegion = region && (region.tabIndex >= 0 || region.querySelector('input'))
                                  && (region.getAttribute('aria-label') || region.getAttribute('aria-labelledby'))
                                  && getComputedStyle(region).overflowX === 'auto';
                              var box = grid.getBoundingClientRect();
                              var column = wrap.getBoundingClientRect();
                              if (!inRegion && box.width > column.width + 0.5) {
                                out.push('grid ' + g + ' is ' + Math.round(box.width) + ' px in its ' + Math.round(column.width) + ' px column');
                              }
                              grid.querySelectorAll('input[type=radio]').forEach(function (r) {
                                var b = r.getBoundingClientRect();
                                var clip = inRegion ? region.getBoundingClientRect() : { left: 0, right: root.clientWidth };
                                if (b.width < 1 || b.height < 1 || getComputedStyle(r).visibility !== 'visible') {
                                  out.push(r.id + ' is not shown');
                                } else if (!inRegion && (b.left < clip.left - 0.5 || b.right > clip.right + 0.5)) {
                                  out.push(r.id + ' is outside the window (' + Math.round(b.left) + '-' + Math.round(b.right) + ')');
                                }
                              });
                            });
                            return [grids.length, out];""");
                    grids += ((Number) found.get(0)).longValue();
                    for (Object p : (List<?>) found.get(1)) {
                        problems.add(page + " at " + width + " px: " + p);
                    }
                }
            }
            assertTrue(grids >= WIDTHS.length, fixture + " has grids at points to check: " + grids);
            assertEquals(List.of(), problems);
        }
    }
}
