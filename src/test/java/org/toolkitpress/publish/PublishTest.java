package org.toolkitpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.testing.TestSites;

class PublishTest {

    @TempDir
    Path temp;

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void filesFromAnOlderBuildNeverLinger() throws IOException {
        Path site = temp.resolve("site");
        Publish.site(List.of(file("index.html", "one"), file("old/index.html", "old")), site);
        Publish.site(List.of(file("index.html", "two")), site);
        assertEquals("two", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("old")));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(site), siblings.toList(), "no staging or previous folders are left beside the site");
        }
    }

    @Test
    void anUnsafeOutputPathPublishesNothing() throws IOException {
        Path site = temp.resolve("site");
        Publish.site(List.of(file("index.html", "good")), site);
        try {
            Publish.site(List.of(file("index.html", "bad"), file("../escaped.html", "x")), site);
        } catch (RuntimeException expected) {
            // The failure is the point; the old site must be untouched.
        }
        assertEquals("good", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(temp.resolve("escaped.html")));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path site = temp.resolve("site");
        Build.Result good = TestSites.build(project, site);
        assertTrue(good.published());
        byte[] before = Files.readAllBytes(site.resolve("guide/index.html"));
        long count;
        try (Stream<Path> walk = Files.walk(site)) {
            count = walk.count();
        }
        Files.writeString(project.resolve("content/pages/guide/index.md"), "---\ntitle: Broken\n---\n\n[x](missing.md)\n");
        Build.Result bad = TestSites.build(project, site);
        assertTrue(bad.diagnostics().hasErrors());
        assertFalse(bad.published());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(site.resolve("guide/index.html")));
        try (Stream<Path> walk = Files.walk(site)) {
            assertEquals(count, walk.count());
        }
    }
}
