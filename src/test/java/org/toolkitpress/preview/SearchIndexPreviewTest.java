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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/** {@code serve} writes the search index again on every save, so the preview finds what was just written. */
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
}
