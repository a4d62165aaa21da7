package org.toolkitpress.pdf;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.toolkitpress.testing.BrowserSession;

/**
 * A project built once for a test class with its PDFs, served and opened in a headless
 * Chromium whose downloads the test takes ({@link BrowserDownloads}): the set-up of the tests of
 * PDFs filled and read in the browser. These tests spend much of their time in Java (filling,
 * rendering and validating PDFs), so the browser is taken when a test first needs it and given
 * back after each test (and by a test that goes on in Java alone, {@link BrowserSession#giveBackBrowser}):
 * other classes use it meanwhile.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PdfBrowserTest {

    protected BrowserSession browser;
    protected BrowserDownloads downloads;

    /** The project the class builds. */
    abstract Path project();

    /** The browser the class needs: the headless shell without frames, unless it takes screenshots. */
    BrowserSession.Kind kind() {
        return BrowserSession.Kind.HEADLESS_SHELL_WITHOUT_FRAMES;
    }

    @BeforeAll
    void startBrowser() {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        browser = BrowserSession.start(project(), true, kind());
        downloads = new BrowserDownloads(browser);
    }

    /** The session's browser, taken from the pool when the test has none yet. */
    protected ChromeDriver driver() {
        return browser.driver();
    }

    @AfterEach
    void giveBackBrowser() {
        if (browser != null) {
            browser.giveBackBrowser();
        }
    }

    /** {@code element}, scrolled to the middle of the view: the form's sticky bar covers the top edge. */
    protected WebElement centred(WebElement element) {
        driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    /** The form field with this id, in the middle of the view. */
    protected WebElement field(String id) {
        return centred(driver().findElement(By.id(id)));
    }

    /** Pressed from the middle of the view. */
    protected void press(WebElement element) {
        centred(element).click();
    }

    /** What typing {@code text} into an empty box leaves, given at once: {@link BrowserSession#setTyped}. */
    protected void setTyped(WebElement box, String text) {
        browser.setTyped(box, text);
    }

    /**
     * On the audit form open now: adds the proposed questions to the action plan, gives
     * {@code action} to its first action cell as typing leaves it ({@link #setTyped}), and
     * downloads the form as a filled PDF.
     */
    protected Path planAndDownload(String action) throws Exception {
        press(driver().findElement(By.cssSelector("[data-plan-action='propose']")));
        browser.waitFor("[data-plan-rows] [data-plan-part='action']", Duration.ofSeconds(5));
        setTyped(centred(driver().findElement(By.cssSelector("[data-plan-rows] [data-plan-part='action']"))), action);
        press(driver().findElement(By.cssSelector("[data-pdf-action='download']")));
        return downloads.nextPdf();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
