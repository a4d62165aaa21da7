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
     * it). Fails at once if the page shows a problem in its PDF message instead.
     */
    Path nextPdf() throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            try (Stream<Path> files = Files.list(session.downloads())) {
                List<Path> done = files.filter(f -> f.toString().endsWith(".pdf")).toList();
                if (!done.isEmpty()) {
                    return Files.move(done.get(0), keep.resolve(done.get(0).getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            String problem = (String) session.driver().executeScript(
                    "var m = document.querySelector('[data-pdf-message]'); return m && !m.hidden ? m.textContent : null");
            assertEquals(null, problem, "the page reported a problem instead of downloading");
            Thread.sleep(100);
        }
        throw new AssertionError("no PDF was downloaded within 60 s");
    }
}
