package org.toolkitpress.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Rebuild;
import org.toolkitpress.testing.TestSites;

/**
 * {@code serve} has the search index of every save, so the preview finds what was just written;
 * the saved page is served and announced first, and the index is written when a search asks for it.
 */
class SearchIndexPreviewTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 5).atStartOfDay(ZoneOffset.UTC).toInstant(),
            ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** Whether the served index holds the term, read as search.js reads it: the manifest, then the term's shard. */
    private static boolean indexed(PreviewClient browser, String term) throws Exception {
        String manifest = browser.page("/search/index.js");
        JsonNode shards = JSON.readTree(manifest.substring(manifest.indexOf(',') + 1, manifest.lastIndexOf(')'))).get("shards");
        JsonNode shard = shards.has(term.substring(0, 1)) ? shards.get(term.substring(0, 1)) : shards.get(term.substring(0, 2));
        return shard != null && browser.page("/search/t/" + shard.asInt() + ".js").contains("\"" + term + "\":[");
    }

    @Test
    void aSavedPageIsSearchableInThePreview() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("editors"), temp);
        Path page = project.resolve("content/pages/guidance/attendance.md");
        try (Preview preview = Preview.start(new PreviewOptions(project, "127.0.0.1", 0, CLOCK),
                new PrintWriter(new StringWriter(), true))) {
            PreviewClient browser = new PreviewClient(preview.address());
            assertEquals(200, browser.get("/search/index.js").statusCode());
            assertTrue(indexed(browser, "attendance"));
            assertFalse(indexed(browser, "kingfisher"));

            String text = Files.readString(page);
            assertTrue(text.contains("Every day counts."));
            Files.writeString(page, text.replace("Every day counts.", "Every day counts. Kingfishers visit the pond."));
            long end = System.nanoTime() + WAIT.toNanos();
            while (!indexed(browser, "kingfisher")) {
                assertTrue(System.nanoTime() < end, "the saved word reached the preview's search index within " + WAIT);
                Thread.sleep(50);
            }
        }
    }

    /**
     * The order a save takes: its page is served and announced while its index is not yet
     * written, and the first search request after the announcement gets the index with the new
     * word at once, written from the site being served; an index nobody asked for is never written.
     */
    @Test
    void aSaveIsAnnouncedBeforeItsIndexIsWrittenAndTheNextSearchSeesIt() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("editors"), temp);
        Path page = project.resolve("content/pages/guidance/attendance.md");
        List<Rebuild.Site> built = new CopyOnWriteArrayList<>();
        try (Preview preview = Preview.start(new PreviewOptions(project, "127.0.0.1", 0, CLOCK),
                new PrintWriter(new StringWriter(), true), real -> (change, last) -> {
                    Rebuild.Attempt attempt = real.build(change, last);
                    built.add(attempt.site());
                    return attempt;
                })) {
            PreviewClient browser = new PreviewClient(preview.address());
            BlockingQueue<PreviewClient.Event> events = browser.events();
            PreviewClient.next(events, WAIT);

            String text = Files.readString(page);
            Files.writeString(page, text.replace("Every day counts.", "Every day counts. Kingfishers visit the pond."));
            // Usually one event; more when the watcher sees the file half-written first.
            String html = "";
            for (int event = 0; event < 5 && !html.contains("Kingfishers visit the pond."); event++) {
                PreviewClient.next(events, WAIT);
                html = browser.page("/guidance/attendance/");
            }
            assertTrue(html.contains("Kingfishers visit the pond."), "the saved page was served after its reload event");
            Rebuild.Site served = built.get(built.size() - 1);
            assertFalse(served.index().written(), "the reload event and the page came before the index was written");

            assertTrue(indexed(browser, "kingfisher"), "the first search after the save finds the new word");
            assertTrue(served.index().written(), "the index served is the one of the site served");
            assertTrue(built.size() >= 2);
            for (Rebuild.Site before : built.subList(0, built.size() - 1)) {
                assertFalse(before.index().written(), "a site nobody searched never had its index written");
            }
        }
    }
}
