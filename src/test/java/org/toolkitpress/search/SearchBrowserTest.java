package org.toolkitpress.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
 * The site search in real Chromium, on the default content built with its PDFs: over HTTP and
 * from disk, by keyboard, with the announcements a screen reader hears, and the word rule held to
 * the same cases as the Java side.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);

    private BrowserSession browser;
    private ChromeDriver driver;

    /** One shown result, read from the page. */
    record Shown(String title, String href, String context, String snippet, List<String> marks) {
    }

    @BeforeAll
    void start() {
        browser = BrowserSession.start(TestSites.projectRoot(), true);
        driver = browser.driver();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void wide() {
        driver.manage().window().setSize(new Dimension(1200, 900));
    }

    private WebElement box() {
        return driver.findElement(By.id("site-search-q"));
    }

    private String status() {
        return driver.findElement(By.cssSelector("[data-search-status]")).getText();
    }

    /** Types a query into a freshly opened page and waits until the count is announced. */
    private List<Shown> search(String page, String query) {
        driver.get(page);
        box().sendKeys(query);
        // The page looks for the count itself (one WebDriver command); looked for from here every
        // 50 ms it was two commands a look, some twenty looks a search while the box waits for
        // typing to pause. innerText is the text as rendered, as getText reads it.
        if (!browser.waitUntil("document.querySelector('[data-search-status]').innerText.indexOf(args[0]) >= 0", WAIT,
                "“" + query.strip() + "”")) {
            throw new AssertionError("no count announced for " + query + "; status: " + status());
        }
        return shown();
    }

    @SuppressWarnings("unchecked")
    private List<Shown> shown() {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) driver.executeScript(
                "return Array.prototype.map.call(document.querySelectorAll('.site-search-list li'), function (li) {"
                        + " var a = li.querySelector('a'), s = li.querySelector('.site-search-snippet');"
                        + " return {title: a.textContent, href: a.href, context: li.querySelector('.site-search-context').textContent,"
                        + "  snippet: s ? s.textContent : '',"
                        + "  marks: Array.prototype.map.call(li.querySelectorAll('mark'), function (m) { return m.textContent; })}; });");
        List<Shown> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            out.add(new Shown((String) r.get("title"), (String) r.get("href"), (String) r.get("context"),
                    (String) r.get("snippet"), (List<String>) r.get("marks")));
        }
        return out;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void aPageThatIsOnlyReadLoadsNothingForSearch() {
        driver.get(browser.url("trauma-informed-schools/approaches/"));
        sleep(300);
        Object loaded = driver.executeScript("return performance.getEntriesByType('resource').map(function (r) { return r.name; })"
                + ".filter(function (n) { return /search/.test(n); });");
        assertEquals(List.of(), loaded, "no search script or index file before the box is used");
        box().sendKeys("p");
        browser.waitFor("script[src$='js/search-index.js']", WAIT);
        browser.waitFor("script[src$='js/search.js']", WAIT);
    }

    @Test
    void paceFindsThePageThatExplainsIt() {
        List<Shown> results = search(browser.url("case-study/"), "PACE");
        assertFalse(results.isEmpty());
        Shown page = results.stream().filter(r -> r.href().contains("/trauma-informed-schools/approaches/")).findFirst()
                .orElseThrow(() -> new AssertionError("the approaches page is found: " + results));
        assertTrue(page.marks().contains("PACE"), "the word is marked in the snippet: " + page);
        driver.get(page.href());
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("PACE"), "the link lands on a page about PACE");
    }

    /**
     * A word on most pages: its results come from several display files (each holds the entries
     * of a run of pages), and every result, all of them through "Show more results", shows the
     * word marked (or a snippet cut before it) — a result read from the wrong place in its file,
     * or from the wrong file, would not.
     */
    @Test
    void everyResultOfACommonWordHoldsItWhicheverDisplayFileItComesFrom() {
        List<Shown> first = search(browser.url(""), "schools");
        int announced = Integer.parseInt(status().strip().split(" ")[0]);
        assertTrue(announced > 20 && first.size() == 10, announced + " announced, " + first.size() + " shown");
        WebElement more = driver.findElement(By.cssSelector(".site-search-more"));
        int shownSoFar = first.size();
        while (more.isDisplayed()) {
            more.click();
            // The page looks for more results itself, not a script reading every result each 50 ms.
            if (!browser.waitUntil("document.querySelectorAll('.site-search-list li').length > args[0]", WAIT, shownSoFar)) {
                throw new AssertionError("\"Show more results\" added nothing after " + shownSoFar);
            }
            shownSoFar = shown().size();
        }
        List<Shown> all = shown();
        assertEquals(announced, all.size(), "every result announced is shown");
        assertEquals(all.size(), all.stream().map(r -> r.title() + " " + r.href()).distinct().count(),
                "each result is a different entry: " + all);
        // The index holds an entry's whole text, its display file the first 1,500 characters: a
        // result whose word lies further on shows a snippet cut short ("…") and no mark.
        List<Shown> unmarked = new ArrayList<>();
        for (Shown r : all) {
            if (r.marks().stream().noneMatch(m -> m.toLowerCase().startsWith("school"))) {
                assertTrue(r.snippet().endsWith("…"), "the word is marked, or lies past the snippet's cut: " + r);
                unmarked.add(r);
            }
        }
        assertTrue(unmarked.size() * 10 <= all.size(), "nearly every result shows the word: unmarked " + unmarked);
        @SuppressWarnings("unchecked")
        List<String> displayFiles = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(function (r) { return r.name; })"
                        + ".filter(function (n) { return /\\/search\\/d\\//.test(n); });");
        assertTrue(displayFiles.size() >= 3, "the results come from several display files: " + displayFiles);
    }

    @Test
    void titlesAndHeadingsThatHoldTheWordComeFirst() {
        List<Shown> results = search(browser.url(""), "attendance");
        List<Shown> entries = results.stream().filter(r -> !r.href().endsWith(".pdf")).toList();
        assertTrue(entries.size() >= 3, results.toString());
        boolean bodyOnlySeen = false;
        for (Shown r : entries) {
            boolean inTitle = r.title().toLowerCase().contains("attendance");
            assertFalse(inTitle && bodyOnlySeen, "a title match ranked below a text-only match: " + results);
            bodyOnlySeen |= !inTitle;
        }
        assertTrue(entries.get(0).title().toLowerCase().contains("attendance"), entries.get(0).toString());
        assertTrue(status().matches("\\d+ results? for “attendance”"), status());
    }

    @Test
    void aPluralFindsTheSingularAndAnUnfinishedWordFindsTheWhole() {
        // The trailing space ends the word: found by its singular, not as the start of a longer word.
        List<Shown> singular = search(browser.url(""), "principle ");
        assertTrue(singular.stream().anyMatch(r -> r.marks().stream().anyMatch(m -> m.equalsIgnoreCase("principles"))),
                "the plural is found and marked: " + singular);
        List<Shown> plural = search(browser.url(""), "adults ");
        assertTrue(plural.stream().anyMatch(r -> r.marks().stream().anyMatch(m -> m.equalsIgnoreCase("adult"))),
                "the singular is found and marked: " + plural);
        List<Shown> prefix = search(browser.url(""), "attachm");
        assertTrue(prefix.stream().anyMatch(r -> r.marks().stream().anyMatch(m -> m.equalsIgnoreCase("attachment"))), prefix.toString());
    }

    @Test
    void aTypoIsForgiven() {
        List<Shown> results = search(browser.url(""), "attendence ");
        assertFalse(results.isEmpty(), "a misspelt word still finds pages");
        assertTrue(results.get(0).marks().stream().anyMatch(m -> m.equalsIgnoreCase("attendance")), results.get(0).toString());
    }

    @Test
    void anAuditQuestionLinksToTheQuestionOnTheForm() {
        // content/data/audits/trauma-informed-schools-audit.yml, q1.
        List<Shown> results = search(browser.url(""), "brains develop");
        Shown question = results.stream().filter(r -> r.context().startsWith("Audit question")).findFirst()
                .orElseThrow(() -> new AssertionError("a question is found: " + results));
        assertEquals("Do staff have up to date knowledge of how children’s brains develop?", question.title());
        assertTrue(question.href().endsWith("/trauma-informed-schools/audit/#trauma-informed-schools-audit.q1"), question.href());
        driver.get(question.href());
        assertEquals("trauma-informed-schools-audit.q1", driver.executeScript("return document.querySelector(':target').id"));
        assertEquals("fieldset", driver.executeScript("return document.querySelector(':target').localName"));
    }

    @Test
    void aPdfThatPrintsTheWordIsFoundAndLinked() {
        List<Shown> results = search(browser.url(""), "Emotion Coaching");
        Shown pdf = results.stream().filter(r -> r.href().endsWith(".pdf")).findFirst()
                .orElseThrow(() -> new AssertionError("a PDF is found: " + results));
        assertTrue(pdf.href().contains("/downloads/"), pdf.href());
        assertTrue(pdf.context().matches("PDF · \\d+ pages"), pdf.context());
        assertTrue(pdf.snippet().startsWith("In “"), "says where in the PDF: " + pdf.snippet());
        Object status = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(function (r) { return r.arrayBuffer().then(function (b) {"
                + " done(r.status + ' ' + String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5)))); }); });", pdf.href());
        assertEquals("200 %PDF-", status);
    }

    @Test
    void noResultsIsSaid() {
        search(browser.url(""), "zzqxv");
        // An empty result says what to try next, not only that nothing was found.
        assertEquals("No results for “zzqxv”. Check the spelling, or try other or fewer words.", status());
        assertTrue(shown().isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCountIsAnnouncedOnceWhenTypingPauses() {
        driver.get(browser.url(""));
        driver.executeScript("var s = document.querySelector('[data-search-status]'); window.__changes = [];"
                + "new MutationObserver(function () { window.__changes.push({at: performance.now(), text: s.textContent}); })"
                + ".observe(s, {childList: true, characterData: true, subtree: true});");
        // Typed in the page, a key every 80 ms (a quick typist), so the driver's own delays cannot pause it.
        driver.executeAsyncScript("var done = arguments[arguments.length - 1], box = document.getElementById('site-search-q'),"
                + " word = 'attendance', i = 0;"
                + "box.focus();"
                + "(function next() { if (i === word.length) return done();"
                + " box.value += word.charAt(i++); box.dispatchEvent(new Event('input', {bubbles: true}));"
                + " window.__lastKey = performance.now(); setTimeout(next, 80); })();");
        browser.waitFor(".site-search-list li", WAIT);
        browser.waitUntil("window.__changes.length > 0", WAIT);
        sleep(1500);
        List<Map<String, Object>> changes = (List<Map<String, Object>>) driver.executeScript("return window.__changes");
        assertEquals(1, changes.size(), "announced once, not per keystroke: " + changes);
        double lastKey = ((Number) driver.executeScript("return window.__lastKey")).doubleValue();
        double at = ((Number) changes.get(0).get("at")).doubleValue();
        assertTrue(at - lastKey >= 950, "announced only after typing paused: " + (at - lastKey) + " ms after the last key");
        assertTrue(((String) changes.get(0).get("text")).matches("\\d+ results? for “attendance”"), changes.toString());
        assertEquals("status", driver.findElement(By.cssSelector("[data-search-status]")).getDomAttribute("role"));
    }

    @Test
    void theResultsAreUsableByKeyboardAlone() {
        List<Shown> results = search(browser.url(""), "PACE");
        assertTrue(results.size() >= 2);
        box().sendKeys(Keys.ARROW_DOWN);
        assertEquals(results.get(0).href(), driver.switchTo().activeElement().getDomProperty("href"));
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertEquals(results.get(1).href(), driver.switchTo().activeElement().getDomProperty("href"));
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP, Keys.ARROW_UP);
        assertEquals("site-search-q", driver.switchTo().activeElement().getDomAttribute("id"));
        driver.switchTo().activeElement().sendKeys(Keys.TAB, Keys.TAB);
        assertEquals(results.get(0).href(), driver.switchTo().activeElement().getDomProperty("href"),
                "Tab goes from the box and its button to the first result");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        // Looked for in the page (a wait through the navigation goes on in the page that follows).
        browser.waitUntil("location.href === args[0]", WAIT, results.get(0).href());
        assertEquals(results.get(0).href(), driver.getCurrentUrl(), "Enter follows the result");
        search(browser.url(""), "PACE");
        box().sendKeys(Keys.ESCAPE);
        assertEquals("", box().getDomProperty("value"));
        assertTrue(shown().isEmpty() || !driver.findElement(By.cssSelector(".site-search-list")).isDisplayed(), "Escape closes the results");
    }

    @Test
    void worksFromDisk() {
        String home = browser.work().resolve("site/index.html").toUri().toString();
        List<Shown> results = search(home, "PACE");
        assertFalse(results.isEmpty(), "the index loads from file://");
        Shown page = results.stream().filter(r -> r.href().contains("/trauma-informed-schools/approaches/")).findFirst().orElseThrow();
        assertTrue(page.href().startsWith("file:") && page.href().contains("/approaches/index.html"), page.href());
        driver.get(page.href());
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("PACE"));
    }

    @Test
    void withoutJavaScriptTheBoxLeadsToTheSiteMap() {
        driver.get(browser.url("trauma-informed-schools/approaches/"));
        WebElement form = driver.findElement(By.cssSelector("form[role=search]"));
        assertEquals("Site", form.getDomAttribute("aria-label"));
        assertEquals("Search the toolkit", driver.findElement(By.cssSelector("label[for=site-search-q]")).getText());
        driver.get((String) driver.executeScript("return document.querySelector('form[role=search]').action"));
        assertTrue(driver.getTitle().startsWith("Site map"), driver.getTitle());
    }

    @Test
    void resultsPassAxeAndReflowAt320() {
        search(browser.url("trauma-informed-schools/"), "attendance");
        assertEquals(List.of(), browser.axeViolations());
        driver.manage().window().setSize(new Dimension(320, 800));
        search(browser.url("trauma-informed-schools/"), "attendance");
        @SuppressWarnings("unchecked")
        List<Number> width = (List<Number>) driver.executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        assertTrue(width.get(0).intValue() <= width.get(1).intValue(), "no sideways scrolling at 320 px: " + width);
        assertEquals(List.of(), browser.axeViolations());
    }

    /**
     * With forced colours (Windows contrast themes), emulated in Chromium: the box, the results
     * list and the focus ring keep a visible edge in the system colours, marked words are bold and
     * underlined as well as highlighted, and axe finds nothing.
     */
    @Test
    @SuppressWarnings("unchecked")
    void forcedColoursKeepTheBoxResultsFocusAndMarksVisible() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "forced-colors", "value", "active"))));
        try {
            search(browser.url("trauma-informed-schools/"), "attendance");
            assertEquals(true, driver.executeScript("return matchMedia('(forced-colors: active)').matches"));
            Map<String, Object> look = (Map<String, Object>) driver.executeScript(
                    "function css(el) { return getComputedStyle(el); }"
                    + "var box = document.getElementById('site-search-q'), list = document.querySelector('.site-search-list'),"
                    + " mark = list.querySelector('mark'), header = document.querySelector('.site-header');"
                    + "return {boxBorder: css(box).borderTopColor, boxBorderWidth: parseFloat(css(box).borderTopWidth),"
                    + " headerBackground: css(header).backgroundColor,"
                    + " listBorder: css(list).borderTopColor, listBorderWidth: parseFloat(css(list).borderTopWidth),"
                    + " listBackground: css(list).backgroundColor,"
                    + " markLine: css(mark).textDecorationLine, markWeight: Number(css(mark).fontWeight)};");
            assertTrue(((Number) look.get("boxBorderWidth")).doubleValue() >= 2, look.toString());
            assertFalse(look.get("boxBorder").equals(look.get("headerBackground")), "the box has an edge: " + look);
            assertTrue(((Number) look.get("listBorderWidth")).doubleValue() >= 2, look.toString());
            assertFalse(look.get("listBorder").equals(look.get("listBackground")), "the list has an edge: " + look);
            assertTrue(((String) look.get("markLine")).contains("underline"), "marks are underlined: " + look);
            assertTrue(((Number) look.get("markWeight")).intValue() >= 700, "marks are bold: " + look);

            box().sendKeys(Keys.ARROW_DOWN);
            Map<String, Object> ring = (Map<String, Object>) driver.executeScript(
                    "var a = document.activeElement, s = getComputedStyle(a), list = getComputedStyle(a.closest('ol'));"
                    + "return {inList: !!a.closest('.site-search-list'), style: s.outlineStyle, width: parseFloat(s.outlineWidth),"
                    + " colour: s.outlineColor, background: list.backgroundColor};");
            assertEquals(true, ring.get("inList"), ring.toString());
            assertFalse("none".equals(ring.get("style")), "a focus ring: " + ring);
            assertTrue(((Number) ring.get("width")).doubleValue() >= 2, "a focus ring: " + ring);
            assertFalse(ring.get("colour").equals(ring.get("background")), "the ring shows against the list: " + ring);
            assertEquals(List.of(), browser.axeViolations());
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void theWordRuleFollowsTheSharedCases() throws IOException {
        search(browser.url(""), "PACE");
        JsonNode cases = JSON.readTree(TestSites.projectRoot().resolve("src/test/resources/rules/search-terms.json").toFile()).get("cases");
        JsonNode got = JSON.readTree((String) driver.executeAsyncScript("var cases = JSON.parse(arguments[0]);"
                + "var done = arguments[arguments.length - 1];"
                + "window.ToolkitSearch.load('index').then(function (m) { done(JSON.stringify(cases.map(function (c) {"
                + "  return window.ToolkitSearch.terms(c.text, m.words); }))); });", JSON.writeValueAsString(cases)));
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(cases.get(i).get("terms"), got.get(i), cases.get(i).get("text").asText());
        }
    }

    /**
     * An index file that does not load (a site copied without its search/ folder) is said in the
     * strings' words (search.unavailable, search.unavailable.not-loaded), never in a fault's own.
     */
    @Test
    void anIndexThatDoesNotLoadIsSaidInTheStringsWords() {
        driver.get(browser.url(""));
        // Before the first keystroke loads the scripts: the index is looked for where there is none.
        browser.js().executeScript("document.querySelector('form[data-search]').setAttribute('data-search', 'no-such-folder/');");
        box().sendKeys("schools");
        assertTrue(browser.waitUntil("document.querySelector('[data-search-status]').innerText.indexOf('not available') >= 0", WAIT),
                "status: " + status());
        assertEquals("Search is not available: the search index file index did not load", status());
    }
}
