package org.toolkitpress.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which programs the browser tests run, as the environment names them (BrowserSession's javadoc). */
class BrowserSessionEnvTest {

    private static final Path DEBIAN_SHELL = Path.of("/usr/lib/chromium/chromium-headless-shell");

    @Test
    void aNamedHeadlessShellIsUsedWhateverElseIsSet() {
        assertEquals(Path.of("/opt/shell/chrome-headless-shell"), BrowserSession.headlessShell(
                Map.of("CHROME_HEADLESS_SHELL", "/opt/shell/chrome-headless-shell", "CHROME_BIN", "/opt/google/chrome/chrome")));
    }

    @Test
    void anotherFullBrowserWithoutANamedShellRunsEveryClass() {
        // GitHub's runners: CHROME_BIN is Google Chrome, whose chromedriver would not drive Debian's shell.
        assertEquals(Path.of("/opt/google/chrome/chrome"), BrowserSession.headlessShell(Map.of("CHROME_BIN", "/opt/google/chrome/chrome")));
        assertEquals(Path.of("/opt/google/chrome/chrome"), BrowserSession.browser(Map.of("CHROME_BIN", "/opt/google/chrome/chrome")));
    }

    @Test
    void debiansShellWhenInstalledElseDebiansChromium() {
        Path expected = Files.isExecutable(DEBIAN_SHELL) ? DEBIAN_SHELL : Path.of("/usr/bin/chromium");
        assertEquals(expected, BrowserSession.headlessShell(Map.of()));
        assertEquals(Path.of("/usr/bin/chromium"), BrowserSession.browser(Map.of()));
    }
}
