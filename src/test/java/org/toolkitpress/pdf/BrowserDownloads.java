package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The files a headless Chromium downloads from a page (DevTools' download behaviour, into a
 * folder of the test's own), taken one at a time as they are written whole.
 */
final class BrowserDownloads {

    private final ChromeDriver driver;
    private final Path folder;
    private final Path keep;

    /** Sends {@code driver}'s downloads into a new folder under {@code work}; taken files move to {@code work}. */
    BrowserDownloads(ChromeDriver driver, Path work) {
        this.driver = driver;
        this.keep = work;
        try {
            this.folder = Files.createDirectories(work.resolve("pdf-downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", folder.toString()));
    }

    /**
     * The next PDF the page saves (Chromium writes a partial file under another name, then renames
     * it). Fails at once if the page shows a problem in its PDF message instead.
     */
    Path nextPdf() throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> done = files.filter(f -> f.toString().endsWith(".pdf")).toList();
                if (!done.isEmpty()) {
                    return Files.move(done.get(0), keep.resolve(done.get(0).getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            String problem = (String) driver.executeScript(
                    "var m = document.querySelector('[data-pdf-message]'); return m && !m.hidden ? m.textContent : null");
            assertEquals(null, problem, "the page reported a problem instead of downloading");
            Thread.sleep(100);
        }
        throw new AssertionError("no PDF was downloaded within 60 s");
    }
}
