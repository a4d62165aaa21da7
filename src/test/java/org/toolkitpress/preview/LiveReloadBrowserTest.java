package org.toolkitpress.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.toolkitpress.testing.TestSites;

/**
 * A real browser tab on the preview reloads by itself after a save, shows the problems panel
 * when the change is broken, and lets the reader hide it. Also times save-to-shown in the
 * browser. Skipped without Chromium, except in CI where it must run.
 */
class LiveReloadBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path temp;

    @Test
    void anOpenTabFollowsSavesAndShowsProblems() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(present, "Chromium or chromedriver is not installed; browser tests skipped outside CI");
        }
        Path project = Files.createDirectories(temp.resolve("project"));
        TestSites.copy(TestSites.projectRoot().resolve("content"), project);
        Path page = project.resolve("content/pages/relational-approaches/school-belonging.md");
        String original = Files.readString(page);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,900", "--user-data-dir=" + temp.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try (Preview preview = Preview.start(new PreviewOptions(project, "127.0.0.1", 0, Clock.systemUTC()),
                new PrintWriter(new StringWriter(), true))) {
            browser.get(preview.address().resolve("/relational-approaches/school-belonging/").toString());
            await(() -> preview.openTabs() >= 1, "the tab listens for reloads");

            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String marker = "Saved edit " + i + ".";
                mark(browser);
                long saved = System.currentTimeMillis();
                Files.writeString(page, original + "\n" + marker + "\n");
                await(() -> mainText(browser).contains(marker), "the tab shows " + marker);
                // When the new page was ready in the tab, by the browser's own clock (the same
                // machine's), so the test's polling does not count.
                Number ready = (Number) ((JavascriptExecutor) browser).executeScript(
                        "var n = performance.getEntriesByType('navigation')[0];"
                        + " return performance.timeOrigin + n.domContentLoadedEventEnd;");
                millis.add(ready.doubleValue() - saved);
                assertFalse(isMarked(browser), "the page was reloaded, not patched");
            }
            List<Double> sorted = millis.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "preview latency in Chromium, one-page edit on the default content: "
                    + "median %.0f ms, best %.0f ms, worst %.0f ms over %d edits%n",
                    sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());

            Files.writeString(page, original + "\nSee [the policy](attendance-policy.md).\n");
            await(() -> !browser.findElements(By.id(Overlay.ID)).isEmpty(), "the problems panel appears");
            WebElement panel = browser.findElement(By.id(Overlay.ID));
            assertTrue(panel.getText().contains("school-belonging.md"), panel.getText());
            assertTrue(panel.getText().contains("the link points to a page that does not exist"), panel.getText());
            assertTrue(mainText(browser).contains("Saved edit 7."), "the last good page is still shown");
            browser.findElement(By.cssSelector("[data-toolkit-hide]")).click();
            assertFalse(panel.isDisplayed(), "the reader can hide the panel");
            assertEquals("alert", panel.getAttribute("role"));
        } finally {
            browser.quit();
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

    private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(5);
        }
    }
}
