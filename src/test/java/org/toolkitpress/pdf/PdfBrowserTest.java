package org.toolkitpress.pdf;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.toolkitpress.testing.BrowserSession;

/**
 * A project built once for a test class with its PDFs, served and opened in one headless
 * Chromium whose downloads the test takes ({@link BrowserDownloads}): the set-up of the tests of
 * PDFs filled and read in the browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PdfBrowserTest {

    protected BrowserSession browser;
    protected ChromeDriver driver;
    protected BrowserDownloads downloads;

    /** The project the class builds. */
    abstract Path project();

    @BeforeAll
    void startBrowser() {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        browser = BrowserSession.start(project(), true);
        driver = browser.driver();
        downloads = new BrowserDownloads(driver, browser.work());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
