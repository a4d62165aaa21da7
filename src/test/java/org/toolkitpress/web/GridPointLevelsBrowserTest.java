package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/**
 * The levels offered at each assessment point of a web grid line up, as the printed grid's do:
 * in the council-shapes fixture's review ("Not yet", "Partly", "Fully" with their colours, three
 * points), "Not yet" wrapped in its narrow slot at 1280 px and pushed its radio above the other
 * two, and each swatch sat against the next level's radio, so a colour could be read as the
 * wrong level's. Every radio of a cell now shares one line, every name starts on one line under
 * them, and a level's swatch keeps a clear gap (at least 8 px) from the next level's radio.
 * That is the table's layout (1280 px); where the grid is stacked (below 52em of column, as at
 * 900 px) a point's levels are a line each instead: {@link StackedGridPointsBrowserTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GridPointLevelsBrowserTest {

    private BrowserSession browser;

    @BeforeAll
    void start() {
        browser = BrowserSession.start(TestSites.fixture("council-shapes"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void eachPointsLevelsShareOneLineAndKeepApart() {
        for (int width : new int[] {1280}) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            browser.openFresh("");
            browser.waitFor("[data-audit-tools]:not([hidden])", Duration.ofSeconds(5));
            @SuppressWarnings("unchecked")
            List<String> problems = (List<String>) browser.js().executeScript("""
                    var out = [];
                    document.querySelectorAll('form[data-audit=attendance-review] table.audit-grid-points td.grid-point').forEach(function (cell) {
                      var radios = Array.from(cell.querySelectorAll('input[type=radio]')).map(function (r) { return r.getBoundingClientRect(); });
                      var labels = Array.from(cell.querySelectorAll('label')).map(function (l) { return l.getBoundingClientRect(); });
                      var swatches = Array.from(cell.querySelectorAll('.swatch')).map(function (s) { return s.getBoundingClientRect(); });
                      var name = cell.querySelector('input').id;
                      if (getComputedStyle(cell).display !== 'table-cell') {
                        out.push(name + ': not laid out as a table');
                      }
                      if (radios.some(function (r) { return Math.abs(r.top - radios[0].top) > 1; })) {
                        out.push(name + ': radios at ' + radios.map(function (r) { return Math.round(r.top); }).join(', '));
                      }
                      if (labels.some(function (l) { return Math.abs(l.top - labels[0].top) > 1; })) {
                        out.push(name + ': names at ' + labels.map(function (l) { return Math.round(l.top); }).join(', '));
                      }
                      for (var i = 0; i + 1 < radios.length; i++) {
                        if (radios[i + 1].left - swatches[i].right < 8) {
                          out.push(name + ': swatch ' + i + ' is ' + Math.round(radios[i + 1].left - swatches[i].right) + ' px from the next radio');
                        }
                      }
                    });
                    return out;""");
            assertEquals(List.of(), problems, "at " + width + " px");
        }
    }
}
