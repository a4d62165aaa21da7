package org.toolkitpress.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/**
 * A real browser tab on the preview follows saves by itself: a page edit is taken in by
 * replacing the page's main content (no reload, so the tab keeps its place and an audit keeps
 * its answers and stays live), a broken change shows the problems panel the reader can hide,
 * and a changed stylesheet reloads the tab. Also times save-to-shown in the browser. Skipped
 * without Chromium, except in CI where it must run ({@link BrowserSession#assumeChromium}).
 */
// Alone: its latency figures (docs/performance.md, "Preview server") must measure the preview, not
// the classes beside it.
@Isolated
class LiveReloadBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String TI = "trauma-informed-schools-audit";

    @TempDir
    Path temp;

    @Test
    void anOpenTabFollowsSavesAndShowsProblems() throws Exception {
        BrowserSession.assumeChromium();
        Path project = Files.createDirectories(temp.resolve("project"));
        TestSites.copy(TestSites.projectRoot().resolve("content"), project);
        Path page = project.resolve("content/pages/relational-approaches/school-belonging.md");
        String original = Files.readString(page);
        ChromeDriver browser = BrowserSession.chromium(BrowserSession.Kind.HEADLESS_SHELL, temp.resolve("downloads"));
        try (Preview preview = Preview.start(new PreviewOptions(project, "127.0.0.1", 0, Clock.systemUTC()),
                new PrintWriter(new StringWriter(), true))) {
            browser.get(preview.address().resolve("/relational-approaches/school-belonging/").toString());
            await(() -> preview.openTabs() >= 1, "the tab listens for reloads");
            mark(browser);

            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String marker = "Saved edit " + i + ".";
                // The tab is not polled while it works (polling a browser costs CPU that the
                // rebuild on the same two cores would miss): the page itself waits for the mark
                // of a swap that brought the edit (a busy machine can pause the write between
                // emptying and filling the file, and the preview then shows that problem first).
                js(browser, "performance.clearMarks('toolkit-preview-shown'); var marker = arguments[0];"
                        + " window.toolkitTestShown = new Promise(function (shown) {"
                        + "   new PerformanceObserver(function (list, observer) {"
                        + "     if (list.getEntriesByName('toolkit-preview-shown').length"
                        + "         && document.querySelector('main').textContent.indexOf(marker) >= 0) {"
                        + "       observer.disconnect(); shown(); }"
                        + "   }).observe({ entryTypes: ['mark'] }); });", marker);
                long saved = System.currentTimeMillis();
                Files.writeString(page, original + "\n" + marker + "\n");
                ((JavascriptExecutor) browser).executeAsyncScript(
                        "var done = arguments[arguments.length - 1]; window.toolkitTestShown.then(function () { done(); });");
                assertTrue(mainText(browser).contains(marker), "the tab shows " + marker);
                // When the new text was painted, by the browser's own clock (the same machine's).
                millis.add(shownAt(browser) - saved);
            }
            assertTrue(isMarked(browser), "the tab took the edits in without reloading");
            List<Double> sorted = millis.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "preview latency in Chromium, one-page edit on the default content: "
                    + "median %.0f ms, best %.0f ms, worst %.0f ms over %d edits%n",
                    sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());

            // Saved whole (written beside and moved in): a save read half-written could become the
            // "last good" page this step checks; the preview's handling of such saves is tested apart.
            saveWhole(page, original + "\nSee [the policy](attendance-policy.md).\n");
            // A save read half-written can show a passing panel first ("no front matter"); the
            // panel for the saved text replaces it, so wait for that one.
            await(() -> panelText(browser).contains("school-belonging.md")
                    && panelText(browser).contains("the link points to a page that does not exist"),
                    "the problems panel names the broken link");
            WebElement panel = browser.findElement(By.id(ProblemsPanel.ID));
            assertTrue(mainText(browser).contains("Saved edit 11."), "the last good page is still shown");
            browser.findElement(By.cssSelector("[data-toolkit-hide]")).click();
            assertFalse(panel.isDisplayed(), "the reader can hide the panel");
            assertEquals("alert", panel.getAttribute("role"));
            Files.writeString(page, original + "\nFixed.\n");
            await(() -> mainText(browser).contains("Fixed."), "the fixed page is shown");
            assertTrue(browser.findElements(By.id(ProblemsPanel.ID)).isEmpty(), "the panel goes once the problem is fixed");
            assertTrue(isMarked(browser), "still no reload");

            // An audit page: answers typed in the tab survive an edit of the page, and the new
            // form is live (its totals follow the answers).
            browser.get(preview.address().resolve("/trauma-informed-schools/audit/").toString());
            await(() -> !browser.findElements(By.cssSelector("[data-audit-tools]:not([hidden])")).isEmpty(), "the audit is ready");
            mark(browser);
            browser.findElement(By.id(TI + ".q1.pre-trauma-aware")).sendKeys("70");
            assertEquals(TI + ".q1.pre-trauma-aware", js(browser, "return document.activeElement.id;"));
            Path audit = project.resolve("content/pages/trauma-informed-schools/audit.md");
            Files.writeString(audit, Files.readString(audit).replace("See below:", "See the audit below:"));
            await(() -> mainText(browser).contains("See the audit below:"), "the edited audit page is shown");
            await(() -> "70".equals(value(browser, TI + ".q1.pre-trauma-aware")), "the answer is back in the new form");
            assertEquals(TI + ".q1.pre-trauma-aware", js(browser, "return document.activeElement.id;"),
                    "the keyboard focus stays on the field the reader was in");
            await(() -> "Preview updated".equals(js(browser,
                    "var s = document.querySelector('[role=status]#toolkit-preview-status'); return s ? s.textContent : null;")),
                    "screen readers hear that the page changed");
            browser.findElement(By.id(TI + ".q1.trauma-aware")).sendKeys("30");
            await(() -> "100".equals(browser.findElement(By.cssSelector("[id='" + TI + ".q1'] [data-total]")).getText()),
                    "the new form's total follows the answers");
            assertTrue(isMarked(browser), "the audit page was not reloaded");

            // A changed stylesheet cannot be taken in by swapping the main content: the tab reloads.
            Path css = Files.createDirectories(project.resolve("templates/assets/css")).resolve("site.css");
            Files.writeString(css, Files.readString(TestSites.projectRoot().resolve("templates/assets/css/site.css"))
                    + "\nmain { outline: 3px solid rgb(1, 2, 3); }\n");
            await(() -> !isMarked(browser) && "rgb(1, 2, 3)".equals(js(browser,
                    "var m = document.querySelector('main'); return m ? getComputedStyle(m).outlineColor : '';")),
                    "the tab reloads with the new stylesheet");
            assertEquals("70", value(browser, TI + ".q1.pre-trauma-aware"), "answers survive the reload too");
        } finally {
            browser.quit();
        }
    }

    /** When the preview last painted a page it took in, by the page's clock in epoch ms; null if it has not. */
    private static Double shownAt(ChromeDriver browser) {
        Object at = js(browser, "var m = performance.getEntriesByName('toolkit-preview-shown');"
                + " return m.length ? performance.timeOrigin + m[m.length - 1].startTime : null;");
        return at == null ? null : ((Number) at).doubleValue();
    }

    private static String value(ChromeDriver browser, String id) {
        Object value = js(browser, "var f = document.getElementById(arguments[0]); return f ? f.value : null;", id);
        return value == null ? null : value.toString();
    }

    private static Object js(ChromeDriver browser, String script, Object... args) {
        try {
            return ((JavascriptExecutor) browser).executeScript(script, args);
        } catch (WebDriverException reloading) {
            return null;
        }
    }

    /** The main text, or "" while the tab is between pages (a reload can happen at any moment). */
    private static String mainText(ChromeDriver browser) {
        try {
            Object text = ((JavascriptExecutor) browser).executeScript(
                    "var m = document.querySelector('main'); return m ? m.textContent : '';");
            return text == null ? "" : text.toString();
        } catch (WebDriverException reloading) {
            return "";
        }
    }

    private static void mark(ChromeDriver browser) {
        ((JavascriptExecutor) browser).executeScript("window.toolkitTestMark = true;");
    }

    private static boolean isMarked(ChromeDriver browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return window.toolkitTestMark === true;"));
    }

    private static void saveWhole(Path page, String text) throws java.io.IOException {
        Path beside = page.resolveSibling("." + page.getFileName() + ".saving");
        Files.writeString(beside, text);
        Files.move(beside, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The problems panel's text, or "" while there is none (or it is being replaced). */
    private static String panelText(ChromeDriver browser) {
        try {
            List<WebElement> panels = browser.findElements(By.id(ProblemsPanel.ID));
            return panels.isEmpty() ? "" : panels.get(0).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        }
    }

    /** The condition, false while the element it read was swapped out by an update in the tab. */
    private static boolean holds(Supplier<Boolean> condition) {
        try {
            return condition.get();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return false;
        }
    }

    private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!holds(condition)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(5);
        }
    }
}
