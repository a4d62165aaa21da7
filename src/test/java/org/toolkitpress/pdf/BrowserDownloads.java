package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.toolkitpress.testing.BrowserSession;

/**
 * The files a session's headless Chromium downloads from a page (into the session's own
 * downloads folder, {@link BrowserSession#downloads}), taken one at a time as they are written whole.
 */
final class BrowserDownloads {

    private final BrowserSession session;
    private final Path keep;

    /** Downloads of {@code session}'s browser; taken files move to its work folder. */
    BrowserDownloads(BrowserSession session) {
        this.session = session;
        this.keep = session.work();
    }

    /**
     * The next PDF the page saves (Chromium writes a partial file under another name, then renames
     * it). Fails within a second if the page shows a problem in its PDF message instead.
     */
    Path nextPdf() throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (int look = 0; System.nanoTime() < end; look++) {
            try (Stream<Path> files = Files.list(session.downloads())) {
                List<Path> done = files.filter(f -> f.toString().endsWith(".pdf")).toList();
                if (!done.isEmpty()) {
                    return Files.move(done.get(0), keep.resolve(done.get(0).getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            // The folder is looked at every 100 ms (nothing of the browser's); the page's message
            // every 10th look: each is a WebDriver command that waits on the page's main thread,
            // busy then making the PDF.
            if (look % 10 == 0) {
                String problem = (String) session.driver().executeScript(
                        "var m = document.querySelector('[data-pdf-message]'); return m && !m.hidden ? m.textContent : null");
                assertEquals(null, problem, "the page reported a problem instead of downloading");
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no PDF was downloaded within 60 s");
    }
}
