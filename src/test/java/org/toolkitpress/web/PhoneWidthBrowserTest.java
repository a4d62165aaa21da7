package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/**
 * A school leader on a phone (320 px, WCAG 1.4.10), in the states of an audit a blank form does
 * not reach and in its results: each question's first and last score at assessment points, the comparison with an
 * earlier export, the question an import asks, a stacked grid's cards, plain and with an error, and
 * the results' tables of a column per stage or option.
 * Each table is read as laid out, not as written: its box against its region's and the window's.
 * (The first-and-last table was 465 px in a 288 px region and the comparison's 62 px wider than its
 * wrapper, which was no focusable region; a stacked grid's question sat 7 px right of its caption
 * and radios, with two red bars beside a card with an error; the import question's "Saved" date
 * alone stayed beside its name while every other value wrapped under its own.)
 */
class PhoneWidthBrowserTest {

    private static final String TI = "trauma-informed-schools-audit";
    private static final Duration WAIT = Duration.ofSeconds(5);

    /** The page's sideways overflow, each table's overflow of its wrapper, and each figure's label as shown. */
    private static final String TABLES = """
            var out = [];
            var root = document.documentElement;
            if (root.scrollWidth > root.clientWidth) {
              out.push('the page scrolls ' + (root.scrollWidth - root.clientWidth) + ' px sideways');
            }
            document.querySelectorAll(arguments[0]).forEach(function (table, n) {
              var wrap = table.parentElement;
              if (wrap.scrollWidth > wrap.clientWidth || table.getBoundingClientRect().width > wrap.clientWidth + 0.5) {
                out.push('table ' + n + ' is ' + Math.round(table.getBoundingClientRect().width) + ' px in its '
                    + wrap.clientWidth + ' px wrapper');
              }
              var heads = [].map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
              table.querySelectorAll('tbody tr, tfoot tr').forEach(function (tr) {
                // A row with a name first (a question, a section, a point) or a row of figures alone (a section's totals).
                var name = tr.querySelector('th');
                var first = name ? 1 : 0;
                tr.querySelectorAll('td').forEach(function (td, i) {
                  var label = getComputedStyle(td, '::before').content;
                  if (label.indexOf(heads[i + first]) < 0) {
                    out.push('a figure of "' + (name ? name.textContent.trim() : 'table ' + n) + '" is shown without "'
                        + heads[i + first] + '": ' + label);
                  }
                });
              });
            });
            return out;""";

    @Test
    void eachQuestionsFirstAndLastScoreFitsAPhoneAndStaysATableOnAWideScreen() {
        try (BrowserSession browser = BrowserSession.start(TestSites.fixture("audit-shapes"))) {
            browser.driver().manage().window().setSize(new Dimension(320, 900));
            browser.openWithStored("audits/progress-review/", Map.of("toolkit-press:progress-review:v1",
                    "{\"audit\":\"progress-review\",\"version\":1,\"saved\":\"2026-11-01T09:00:00Z\",\"answers\":{"
                            + "\"room\":{\"score@first\":2,\"score@final\":4},\"staffing\":{\"score@first\":3,\"score@final\":1},"
                            + "\"breakfast\":{\"score@first\":4},\"boxall\":{\"score@first\":1,\"score@final\":3}}}"));
            browser.waitFor("[data-audit-tools]:not([hidden])", WAIT);
            assertEquals("4 (Assessment 1)", browser.driver().findElement(
                    By.cssSelector("[data-point-change-item=breakfast] [data-point-from]")).getText(), "the answers are shown");
            assertEquals(List.of(), browser.js().executeScript(TABLES, "table.point-changes"));
            assertEquals(List.of(), browser.axeViolations());

            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            assertEquals("table-cell", browser.js().executeScript(
                    "return getComputedStyle(document.querySelector('table.point-changes td')).display"),
                    "a table of columns where there is room for one");
        }
    }

    @Test
    void theComparisonWithAnEarlierExportFitsAPhoneAndTheImportQuestionReadsDownOneColumn() throws IOException {
        try (BrowserSession browser = BrowserSession.start(TestSites.projectRoot())) {
            browser.driver().manage().window().setSize(new Dimension(320, 900));
            browser.openWithStored("trauma-informed-schools/audit/", Map.of("toolkit-press:" + TI + ":v1",
                    "{\"audit\":\"" + TI + "\",\"version\":1,\"saved\":\"2026-11-01T09:00:00Z\",\"header\":{\"setting\":\"Hillside Primary School\"},"
                            + "\"answers\":{\"q1\":{\"trauma-sensitive\":100},\"q2\":{\"trauma-aware\":40,\"trauma-informed\":60}}}"));
            browser.waitFor("[data-audit-tools]:not([hidden])", WAIT);
            // The results (a column per stage: five stages were 311 px wider than each section's
            // region and 369 px wider than the summary's) as cards of labelled figures.
            assertEquals(List.of(), browser.js().executeScript(TABLES, "[data-summary] table, .section-totals table"));
            Path earlier = browser.work().resolve("hillside-last-term.json");
            Files.writeString(earlier, "{\"audit\":\"" + TI + "\",\"version\":1,\"saved\":\"2026-07-15T09:00:00Z\","
                    + "\"header\":{\"setting\":\"Hillside Primary School\"},"
                    + "\"answers\":{\"q1\":{\"trauma-aware\":100},\"q2\":{\"pre-trauma-aware\":100}}}");

            browser.driver().findElement(By.cssSelector("[data-compare-file]")).sendKeys(earlier.toString());
            browser.waitFor("[data-compare-result]:not([hidden]) .compare-table", WAIT);
            browser.js().executeScript("document.querySelectorAll('.compare-items').forEach(function (d) { d.open = true; })");
            long tables = (Long) browser.js().executeScript("return document.querySelectorAll('.compare-table').length");
            assertTrue(tables >= 2, "the sections' table and each section's questions: " + tables);
            assertEquals(List.of(), browser.js().executeScript(TABLES, ".compare-table"));
            assertEquals(List.of(), browser.axeViolations());

            browser.driver().findElement(By.cssSelector("[data-import-file]")).sendKeys(earlier.toString());
            browser.waitFor("[data-confirm-import]:not([hidden])", WAIT);
            @SuppressWarnings("unchecked")
            List<Object> facts = (List<Object>) browser.js().executeScript("""
                    var out = [];
                    document.querySelectorAll('[data-import-facts] div').forEach(function (pair) {
                      var dt = pair.querySelector('dt').getBoundingClientRect(), dd = pair.querySelector('dd').getBoundingClientRect();
                      out.push(pair.querySelector('dt').textContent + (dd.top >= dt.bottom - 0.5 && Math.abs(dd.left - dt.left) < 0.5
                          ? ' over its value' : ' beside its value'));
                    });
                    return out;""");
            assertEquals(List.of("File over its value", "School over its value", "Saved over its value",
                    "Answered over its value", "Audit version over its value"), facts);

            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            assertEquals(List.of("table-cell", "table-cell", "table-cell"), browser.js().executeScript(
                    "return ['[data-summary] table td', '.section-totals td', '.compare-table td'].map(function (s) {"
                            + " return getComputedStyle(document.querySelector(s)).display; })"),
                    "tables of columns where there is room for them");
        }
    }

    /**
     * Not only on a phone: beside the sidebar (1024 px) or just above 40em (641 px) the column is
     * narrower than a distribution's five stages (its totals 43 px too wide at 641 px, the results
     * 147 px, 113 px at 1024 px), so those tables reflow by their region's width, not the window's.
     */
    @Test
    void aDistributionsTablesFitTheirRegionAtEveryWidth() {
        try (BrowserSession browser = BrowserSession.start(TestSites.projectRoot())) {
            List<String> problems = new java.util.ArrayList<>();
            for (int width : new int[] {320, 641, 700, 800, 900, 1024, 1100, 1280}) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                browser.openFresh("trauma-informed-schools/audit/");
                browser.waitFor("[data-audit-tools]:not([hidden])", WAIT);
                @SuppressWarnings("unchecked")
                List<Object> wide = (List<Object>) browser.js().executeScript("""
                        return Array.prototype.filter.call(document.querySelectorAll('.table-scroll'), function (r) {
                          return r.scrollWidth > r.clientWidth; }).map(function (r) {
                          return r.querySelector('caption').textContent + ' +' + (r.scrollWidth - r.clientWidth); });""");
                wide.forEach(w -> problems.add(width + " px: " + w));
            }
            assertEquals(List.of(), problems, "tables wider than their region");
            assertEquals("table-cell", browser.js().executeScript(
                    "return getComputedStyle(document.querySelector('.section-totals td')).display"), "a table at 1280 px");
        }
    }

    /**
     * A scored audit without assessment points: its "Scores by section" (a column per figure, and
     * a footer row "All sections") stacks as the other results do, the total row labelled too.
     * (Only its body was reflowed by site.css: the footer kept it a table, 34-65 px wider than its
     * region at 320 px.)
     */
    @Test
    void aScoredAuditsScoresBySectionStackOnAPhoneTheirTotalToo() {
        try (BrowserSession browser = BrowserSession.start(TestSites.fixture("audit-shapes"))) {
            browser.driver().manage().window().setSize(new Dimension(320, 900));
            browser.openFresh("audits/numeric-audit/");
            browser.waitFor("[data-audit-tools]:not([hidden])", WAIT);
            assertTrue((Long) browser.js().executeScript("return document.querySelectorAll('[data-summary] table tfoot td[data-score-figure]').length") > 0,
                    "the fixture's scores have a total row to check");
            assertEquals(List.of(), browser.js().executeScript(TABLES, "[data-summary] table"));
            assertEquals(List.of(), browser.axeViolations());

            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            assertEquals("table-cell", browser.js().executeScript(
                    "return getComputedStyle(document.querySelector('[data-summary] tfoot td')).display"),
                    "a table of columns where there is room for one");
        }
    }

    /**
     * A table still wider than its region at 320 px scrolls sideways in it; its caption does not
     * go with it: it wraps within the region's width, so it is read whole without scrolling.
     * No fixture's table is that wide at 320 px any more (the results tables this was shown on, the
     * trauma-informed audit's and then "Scores by section", now reflow; a continuum stacks), so
     * one is made so: a scored audit's "Change by section" (a table of columns at every width) is
     * given content wider than its region, a long figure name in each heading, as an editor's
     * wording could.
     */
    @Test
    void aScrollingTablesCaptionStaysWithinItsRegion() {
        try (BrowserSession browser = BrowserSession.start(TestSites.fixture("audit-shapes"))) {
            browser.driver().manage().window().setSize(new Dimension(320, 900));
            browser.openFresh("audits/progress-review/");
            browser.waitFor("[data-audit-tools]:not([hidden])", WAIT);
            browser.js().executeScript("document.querySelectorAll('.table-scroll > table:not(.reflow) thead th').forEach(function (th) {"
                    + " th.textContent += ' ' + 'Averagemeanscoreofthesection'.repeat(2); })");
            Map<?, ?> result = (Map<?, ?>) browser.js().executeScript(
                    "var scrolling = Array.prototype.filter.call(document.querySelectorAll('.table-scroll'),"
                    + " function (r) { return r.scrollWidth > r.clientWidth; });"
                    + "return {scrolling: scrolling.length, outside: scrolling.flatMap(function (region) {"
                    + " var r = region.getBoundingClientRect();"
                    + " return Array.prototype.filter.call(region.querySelectorAll(':scope > table > caption'),"
                    + "  function (c) { return c.getBoundingClientRect().right > r.right + 0.5; })"
                    + " .map(function (c) { return c.textContent; }); })}");
            assertTrue(((Number) result.get("scrolling")).intValue() > 0, "a table scrolls in its region at 320 px, so the check below means something");
            assertEquals(List.of(), result.get("outside"), "captions running past their scrolling region at 320 px");
        }
    }

    @Test
    void aStackedGridsQuestionStartsWhereItsCaptionAndRadiosDoWithOneRedBarBesideAnError() {
        try (BrowserSession browser = BrowserSession.start(TestSites.fixture("council-shapes"))) {
            browser.driver().manage().window().setSize(new Dimension(320, 900));
            browser.openFresh("");
            browser.waitFor("[data-audit-tools]:not([hidden])", WAIT);
            String edges = """
                    var out = [];
                    document.querySelectorAll('table.audit-grid tr.audit-item').forEach(function (tr) {
                      var question = document.createRange();
                      question.selectNodeContents(tr.querySelector('th'));
                      var text = question.getBoundingClientRect().left;
                      var caption = tr.closest('table').querySelector('caption').getBoundingClientRect().left;
                      var radio = tr.querySelector('.grid-choice').getBoundingClientRect().left;
                      var bars = [tr, tr.querySelector('th')].filter(function (e) {
                        return parseFloat(getComputedStyle(e).borderLeftWidth) > 0; }).length;
                      out.push([tr.getAttribute('data-item'), Math.round(text - caption), Math.round(radio - text), bars]);
                    });
                    return out;""";
            @SuppressWarnings("unchecked")
            List<List<Object>> cards = (List<List<Object>>) browser.js().executeScript(edges);
            assertTrue(cards.size() >= 3, "the fixture's grids have cards at 320 px: " + cards);
            for (List<Object> card : cards) {
                assertEquals(List.of(card.get(0), 0L, 0L, 0L), card, "question, caption and radios start at one edge (item, question - caption, radio - question, red bars)");
            }

            // audit-checking.js marks an item whose answer needs fixing with has-error: the card then
            // has one red bar, and its question and radios stand clear of it, level with each other.
            browser.js().executeScript("document.querySelectorAll('table.audit-grid tr.audit-item').forEach(function (tr) { tr.classList.add('has-error'); })");
            @SuppressWarnings("unchecked")
            List<List<Object>> marked = (List<List<Object>>) browser.js().executeScript(edges.replace("return out;", "return out")
                    + ".map(function (c, i) { var tr = document.querySelectorAll('table.audit-grid tr.audit-item')[i];"
                    + " var bar = tr.getBoundingClientRect().left + parseFloat(getComputedStyle(tr).borderLeftWidth);"
                    + " var r = document.createRange(); r.selectNodeContents(tr.querySelector('th'));"
                    + " return c.concat([Math.round(r.getBoundingClientRect().left - bar)]); });");
            for (List<Object> card : marked) {
                assertEquals(1L, card.get(3), "one red bar: " + card);
                assertEquals(0L, card.get(2), "radios level with the question: " + card);
                assertTrue(((Long) card.get(4)) >= 8, "the question clear of the bar: " + card);
            }
            assertEquals(0L, browser.js().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth"));
            // The counts at each point, a column per level: the rubric's four were 174 px wider than their region.
            assertEquals(List.of(), browser.js().executeScript(TABLES, "[data-summary] table"));
        }
    }
}
