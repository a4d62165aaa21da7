package org.toolkitpress.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The default content built once for a test class and opened in one headless Chromium: the
 * audit forms' browser tests share it rather than each starting its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DefaultSiteBrowserTest {

    protected BrowserSession browser;
    protected ChromeDriver driver;

    /** The browser the class needs: the headless shell without frames, unless it takes screenshots. */
    protected BrowserSession.Kind kind() {
        return BrowserSession.Kind.HEADLESS_SHELL_WITHOUT_FRAMES;
    }

    @BeforeAll
    void startBrowser() {
        browser = BrowserSession.start(TestSites.projectRoot(), false, kind());
        driver = browser.driver();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
